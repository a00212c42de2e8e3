import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { ChartContext } from '../../charts/ChartContext';
import type { Slide } from './buildSlides';
import { SlideContent } from './SlideContent';
import { SlideStage } from './SlideStage';
import { slideTitle } from './slideTitle';
import { slideUrl } from './useDeck';
import './SlideOverview.css';

/** The grid's links, one a slide, in order. */
function linksIn(list: HTMLOListElement | null): HTMLAnchorElement[] {
  return [...(list?.querySelectorAll<HTMLAnchorElement>('a') ?? [])];
}

/** How many thumbnails the grid's first row holds: where ↑ and ↓ go. */
function columnsOf(links: HTMLElement[]): number {
  const top = links[0]?.offsetTop;
  const n = links.filter((link) => link.offsetTop === top).length;
  return Math.max(1, n);
}

/**
 * Every slide at a glance (O, or Esc), as reveal.js and Keynote have it: thumbnails drawn from the
 * same slides and the build's chart drawings (no live chart loads), the current one marked and
 * focused. Arrows move, Enter opens, Esc or O returns to the slide that was showing. Each
 * thumbnail is a link to its slide, so it also opens in a new tab.
 */
export function SlideOverview({
  slides,
  index,
  ctx,
  label,
  onChoose,
  onClose,
}: {
  slides: readonly Slide[];
  index: number;
  ctx: ChartContext;
  label: (index: number) => string;
  onChoose: (index: number) => void;
  onClose: () => void;
}) {
  const { t } = ctx;
  const list = useRef<HTMLOListElement>(null);

  // Whether the speaker has moved in the grid: until then, the focus follows the deck's slide.
  const moved = useRef(false);

  // The slide that is showing, in view and focused: a speaker starts from where they are. Again
  // if it changes before they move (O pressed as the page wakes, before the address's slide is
  // read; the other window moving the deck).
  useEffect(() => {
    if (moved.current) return;
    const current = linksIn(list.current)[index];
    current?.focus();
    // (Not in jsdom, which lays nothing out.)
    current?.scrollIntoView?.({ block: 'nearest' });
  }, [index]);

  function onKeyDown(event: KeyboardEvent) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const all = linksIn(list.current);
    const at = all.findIndex((link) => link === document.activeElement);
    const from = at < 0 ? index : at;
    const columns = columnsOf(all);
    const moves: Record<string, number> = {
      ArrowRight: from + 1,
      ArrowLeft: from - 1,
      ArrowDown: from + columns,
      ArrowUp: from - columns,
      Home: 0,
      End: all.length - 1,
    };
    const to = moves[event.key];
    if (event.key === 'Escape' || event.key === 'o' || event.key === 'O') onClose();
    else if (to !== undefined) {
      moved.current = true;
      all[Math.min(Math.max(to, 0), all.length - 1)]?.focus();
    } else return;
    // The deck's own keys (useDeck) must not also move the slide behind the grid.
    event.preventDefault();
    event.stopPropagation();
  }

  return (
    <section className="deck-overview" aria-labelledby="deck-overview-title">
      <h2 id="deck-overview-title" className="deck-overview-title">
        {t('present.overviewTitle')}
      </h2>
      <p className="deck-overview-howto">{t('present.overviewHowto')}</p>
      {/* The links take the arrows, as a grid's cells do; each is still a link to Tab to. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <ol ref={list} className="deck-overview-grid" onKeyDown={onKeyDown}>
        {slides.map((slide, i) => (
          <li key={slide.id}>
            <a
              href={slideUrl(i).href}
              aria-current={i === index ? 'true' : undefined}
              onClick={(event) => {
                event.preventDefault();
                onChoose(i);
              }}
            >
              <span className="deck-overview-label">
                {label(i)}: {slideTitle(slide, ctx)}
              </span>
              {/* A picture of the slide, for the eye: the link's words above say what it is. */}
              <div className="deck-overview-thumb" aria-hidden="true">
                <SlideStage label={label(i)}>
                  <SlideContent slide={slide} ctx={ctx} live={false} />
                </SlideStage>
              </div>
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
