import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { SlideShape } from '../../charts/bakeSizes';
import './SlideStage.css';

/** Every slide is laid out at this size and scaled to fit its box (as reveal.js does). */
export const STAGE = { width: 1280, height: 720 } as const;

/**
 * A portrait screen's stage: as wide as a slide's text reads well, and as tall as the screen's
 * shape asks, from 4:5.6 to 9:16 (a tablet held upright, 1080×1920 signage). A 16:9 stage on a
 * 1080×1920 screen filled 32 % of it; this one fills it all. Text and charts keep the sizes
 * SlideContent.css gives them; only the space between them grows.
 */
export const PORTRAIT_STAGE = { width: 720, minHeight: 1000, maxHeight: 1280 } as const;

/**
 * Where the audience's slide stops shrinking and reflows instead, as the page does (a phone, or a
 * laptop at 400% zoom): scaled to 320 px, a 1280 px slide drew its small print at 5.5 px, and
 * zooming could not make it larger. The same width as the deck's narrow layout in
 * app/PresentView.css, which reflows the slide before any script.
 */
export const SLIDE_FLOW_QUERY = '(max-width: 40em)';

/**
 * Where the audience's slide stands upright (PORTRAIT_STAGE): screens narrower than 4:5 and wider
 * than the reflowing layout. The same query in SlideStage.css and SlideContent.css lays the
 * prerendered slide out before any script.
 */
export const SLIDE_PORTRAIT_QUERY = '(min-width: 40.0625em) and (max-aspect-ratio: 4/5)';

interface Fit {
  scale: number;
  width: number;
  height: number;
}

/** The stage for a box: its size in stage pixels and the scale that fits it in the box. */
export function fitStage(box: { width: number; height: number }, shape: SlideShape): Fit {
  const width = shape === 'portrait' ? PORTRAIT_STAGE.width : STAGE.width;
  const height =
    shape === 'portrait'
      ? Math.round(
          Math.min(
            Math.max((PORTRAIT_STAGE.width * box.height) / box.width, PORTRAIT_STAGE.minHeight),
            PORTRAIT_STAGE.maxHeight,
          ),
        )
      : STAGE.height;
  return { width, height, scale: Math.min(box.width / width, box.height / height) };
}

/**
 * Scales a stage uniformly to fit its box and centres it, so a slide looks the same on a 4:3
 * projector, a 16:9 laptop and a 4K wall screen, and never scrolls. A portrait slide's stage
 * takes the box's shape first (fitStage).
 */
export function SlideStage({
  children,
  label,
  shape = 'landscape',
  className,
}: {
  children: ReactNode;
  label: string;
  shape?: SlideShape;
  className?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  // Null until measured in the browser (the prerendered page shows the stage unscaled).
  const [fit, setFit] = useState<Fit | null>(null);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => {
      const { width, height } = el.getBoundingClientRect();
      if (width > 0 && height > 0) setFit(fitStage({ width, height }, shape));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [shape]);
  return (
    <div ref={box} className={className ? `slide-box ${className}` : 'slide-box'}>
      <section
        className="slide-stage"
        aria-label={label}
        data-scale={fit?.scale}
        data-shape={shape}
        style={{
          // Until measured, the stylesheet's size for the screen's shape (SlideStage.css).
          ...(fit && { width: fit.width, height: fit.height }),
          transform: `translate(-50%, -50%) scale(${fit?.scale ?? 1})`,
        }}
      >
        {children}
      </section>
    </div>
  );
}
