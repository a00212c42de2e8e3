import type { ChartSpec } from '../../charts/ChartSpec';
import { CHARTS } from '../../charts/registry';
import type { Dataset, Figure, Quote, TimelineEvent } from '../../data/schema';
import { selectDeckQuotes } from '../../data/selectDeckQuotes';
import { selectFigureCards, selectTimeline } from '../../data/selectors';

/** One slide of the deck; every slide is made from the dataset and the chart registry. */
export type Slide =
  | { kind: 'title'; id: 'title' }
  | { kind: 'figure'; id: string; figure: Figure }
  | { kind: 'chart'; id: string; spec: ChartSpec }
  | { kind: 'quote'; id: string; quote: Quote }
  | {
      kind: 'timeline';
      /** `timeline`, then `timeline-2`, `timeline-3`… where it takes more than one slide. */
      id: string;
      events: TimelineEvent[];
      /** Which of the timeline's slides this is, from 1, and how many there are. */
      page: number;
      pages: number;
    }
  | { kind: 'sources'; id: 'sources' };

/**
 * Events on one timeline slide: as many as fit its two columns at the deck's type size (and one
 * column on a portrait screen), each with a title of up to two lines.
 */
export const EVENTS_PER_SLIDE = 8;

/** The timeline in date order, over as many slides as it takes. */
function timelineSlides(dataset: Dataset): Slide[] {
  const events = selectTimeline(dataset);
  const pages = Math.max(1, Math.ceil(events.length / EVENTS_PER_SLIDE));
  return Array.from({ length: pages }, (_, i) => ({
    kind: 'timeline',
    id: i === 0 ? 'timeline' : `timeline-${i + 1}`,
    events: events.slice(i * EVENTS_PER_SLIDE, (i + 1) * EVENTS_PER_SLIDE),
    page: i + 1,
    pages,
  }));
}

/**
 * The deck, in the order of a short talk: title, each headline figure, the charts, the chosen
 * quotes one by one (selectDeckQuotes), the timeline, and where it all comes from.
 */
export function buildSlides(dataset: Dataset): Slide[] {
  return [
    { kind: 'title', id: 'title' },
    ...selectFigureCards(dataset).headline.map((figure): Slide => ({
      kind: 'figure',
      id: `figure-${figure.id}`,
      figure,
    })),
    ...CHARTS.filter((spec) => spec.kind === 'figure').map((spec): Slide => ({
      kind: 'chart',
      id: `chart-${spec.id}`,
      spec,
    })),
    ...selectDeckQuotes(dataset).map((quote): Slide => ({
      kind: 'quote',
      id: `quote-${quote.id}`,
      quote,
    })),
    ...timelineSlides(dataset),
    { kind: 'sources', id: 'sources' },
  ];
}

/**
 * The slide a `?slide=` value asks for, as a 0-based index: 1-based in the URL (what a speaker
 * says aloud), and anything out of range or malformed goes to the nearest slide.
 */
export function slideIndex(raw: string | null, count: number): number {
  const n = Number.parseInt(raw?.trim() ?? '', 10);
  if (!Number.isFinite(n)) return 0;
  return Math.min(Math.max(n, 1), count) - 1;
}
