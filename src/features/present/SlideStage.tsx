import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import './SlideStage.css';

/** Every slide is laid out at this size and scaled to fit its box (as reveal.js does). */
export const STAGE = { width: 1280, height: 720 } as const;

/**
 * Where the audience's slide stops shrinking and reflows instead, as the page does (a phone, or a
 * laptop at 400% zoom): scaled to 320 px, a 1280 px slide drew its small print at 5.5 px, and
 * zooming could not make it larger. The same width as the deck's narrow layout in
 * app/PresentView.css, which reflows the slide before any script.
 */
export const SLIDE_FLOW_QUERY = '(max-width: 40em)';

/**
 * Scales a 1280×720 stage uniformly to fit its box and centres it, so a slide looks the same on a
 * 4:3 projector, a 16:9 laptop and a 4K wall screen, and never scrolls.
 */
export function SlideStage({ children, label }: { children: ReactNode; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  // Null until measured in the browser (the prerendered page shows the stage unscaled).
  const [scale, setScale] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const fit = () => {
      const { width, height } = el.getBoundingClientRect();
      if (width > 0 && height > 0) setScale(Math.min(width / STAGE.width, height / STAGE.height));
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box} className="slide-box">
      <section
        className="slide-stage"
        aria-label={label}
        data-scale={scale ?? undefined}
        style={{
          width: STAGE.width,
          height: STAGE.height,
          transform: `translate(-50%, -50%) scale(${scale ?? 1})`,
        }}
      >
        {children}
      </section>
    </div>
  );
}
