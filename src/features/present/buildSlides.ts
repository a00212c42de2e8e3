import type { ChartSpec } from '../../charts/ChartSpec';
import { CHARTS } from '../../charts/registry';
import type { Dataset, Figure, Quote } from '../../data/schema';
import { selectFigureCards } from '../../data/selectors';

/** One slide of the deck; every slide is made from the dataset and the chart registry. */
export type Slide =
  | { kind: 'title'; id: 'title' }
  | { kind: 'figure'; id: string; figure: Figure }
  | { kind: 'chart'; id: string; spec: ChartSpec }
  | { kind: 'quote'; id: string; quote: Quote }
  | { kind: 'timeline'; id: 'timeline' }
  | { kind: 'sources'; id: 'sources' };

/**
 * The deck, in the order of a short talk: title, each headline figure, the charts, the quotes
 * one by one, the timeline, and where it all comes from.
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
    ...dataset.quotes.map((quote): Slide => ({ kind: 'quote', id: `quote-${quote.id}`, quote })),
    { kind: 'timeline', id: 'timeline' },
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
