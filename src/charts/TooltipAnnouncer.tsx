import { useEffect, useRef, useState } from 'react';

/**
 * Reads a live chart's tooltip out through a live region: when a keyboard user moves between
 * points with the arrow keys, a screen reader says the value (in the page's language, as the
 * tooltip is). It watches the chart's box (its parent) because Recharts draws the tooltip
 * itself. It comes with the live chart's code, not in the page's first request.
 */
export function TooltipAnnouncer() {
  const ref = useRef<HTMLParagraphElement>(null);
  const [text, setText] = useState('');
  useEffect(() => {
    const box = ref.current?.parentElement;
    if (!box) return;
    const read = () => {
      // The live chart's tooltip only: the baked drawing's words (.bake-tips) are not news.
      const tooltip = box.querySelector<HTMLElement>('.recharts-tooltip-wrapper .chart-tooltip');
      // Hidden tooltips keep their last text: only a shown one is news.
      const shown = tooltip && tooltip.closest('[style*="visibility: hidden"]') === null;
      // One line per <p>, joined by spaces: read from the DOM text, not innerText, which would
      // force a layout on every mutation while the pointer moves over the chart.
      const lines = shown ? [...tooltip.querySelectorAll('p')].map((p) => p.textContent ?? '') : [];
      setText(lines.join(' ').replace(/\s+/g, ' ').trim());
    };
    const observer = new MutationObserver(read);
    observer.observe(box, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    return () => observer.disconnect();
  }, []);
  return (
    <p ref={ref} className="visually-hidden" aria-live="polite" aria-atomic="true">
      {text}
    </p>
  );
}
