import { useEffect, useState, type RefObject } from 'react';

/**
 * The text of the chart tooltip inside `box`, for a live region: when a keyboard user moves
 * between points with the arrow keys, a screen reader reads the value out (in the page's
 * language, as the tooltip is). Watches the DOM because Recharts draws the tooltip itself.
 */
export function useAnnouncedTooltip(box: RefObject<HTMLElement | null>, active: boolean): string {
  const [text, setText] = useState('');
  useEffect(() => {
    const el = box.current;
    if (!el || !active) return;
    const read = () => {
      const tooltip = el.querySelector<HTMLElement>('.chart-tooltip');
      // Hidden tooltips keep their last text: only a shown one is news.
      const shown = tooltip && tooltip.closest('[style*="visibility: hidden"]') === null;
      // One line per <p>, joined by spaces: read from the DOM text, not innerText, which would
      // force a layout on every mutation while the pointer moves over the chart.
      const lines = shown ? [...tooltip.querySelectorAll('p')].map((p) => p.textContent ?? '') : [];
      setText(lines.join(' ').replace(/\s+/g, ' ').trim());
    };
    const observer = new MutationObserver(read);
    observer.observe(el, { subtree: true, childList: true, characterData: true, attributes: true });
    return () => observer.disconnect();
  }, [box, active]);
  return text;
}
