import { datingText } from '../components/datingText';
import { eventDateText } from '../components/eventDateText';
import { selectTimeline } from '../data/selectors';
import { formatDate } from '../lib/format';
import { localize } from '../lib/localize';
import type { ChartSpec } from './ChartSpec';
import { csvSource } from './csvSource';
import { preloadable } from '../lib/preloadable';

// Shown on the embed page and the deck only, so not in the dashboard's first view; the
// prerenderer loads it first (entry-server's prepare).
const chart = preloadable(() => import('./TimelineChart'));

/** Loads the compact timeline's code: the prerender must have it before it renders an embed. */
export const preloadTimelineChart = chart.preload;

/** The timeline as an embeddable "chart": a dated list, with the same tabs and downloads. */
export const timelineSpec: ChartSpec = {
  id: 'timeline',
  kind: 'timeline',
  titleKey: 'chart.timeline.title',
  subtitleKey: 'chart.timeline.subtitle',
  sources: ({ dataset, lang }) =>
    selectTimeline(dataset).map((e) =>
      e.excerpt !== undefined
        ? { text: e.excerpt }
        : { text: localize(e.title, lang), reference: localize(e.reference ?? e.title, lang) },
    ),
  summary: ({ dataset, lang, t }) => {
    const events = selectTimeline(dataset);
    const first = events[0];
    const last = events.at(-1);
    return t('chart.timeline.summary', {
      count: events.length,
      from: first ? formatDate(first.start, lang) : '',
      to: last ? formatDate(last.end ?? last.start, lang) : '',
    });
  },
  table: ({ dataset, lang, t }) => ({
    columns: [
      t('chart.timeline.col.date'),
      t('chart.timeline.col.event'),
      t('chart.timeline.col.basis'),
    ],
    rows: selectTimeline(dataset).map((e) => [
      eventDateText(e, lang, t),
      localize(e.title, lang),
      datingText(e.dateBasis, e.dateWords, t, lang),
    ]),
  }),
  csv: (ctx) => ({
    columns: ['start', 'end', 'approximate', 'date_basis', 'date_words', 'event', 'source'],
    rows: selectTimeline(ctx.dataset).map((e) => [
      e.start,
      e.end ?? '',
      e.approximate ? 'yes' : 'no',
      e.dateBasis,
      e.dateWords ?? '',
      localize(e.title, ctx.lang),
      e.reference ? localize(e.reference, ctx.lang) : csvSource(ctx),
    ]),
  }),
  showsConverted: () => false,
  fixedHeight: false,
  Chart: chart.Component,
};
