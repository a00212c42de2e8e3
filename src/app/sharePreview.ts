import { bakeKey } from '../charts/bakeKey';
import { chartContextIn } from '../charts/chartContextIn';
import { SLIDE_BAKE_SIZE } from '../charts/bakeSizes';
import type { ChartContext } from '../charts/ChartContext';
import type { ChartSpec } from '../charts/ChartSpec';
import { CHARTS } from '../charts/registry';
import { sourceLine } from '../charts/sourceLine';
import { EMBED_EVENTS } from '../charts/timelineWindow';
import { selectTimeline } from '../data/selectors';
import type { Dataset } from '../data/schema';
import type { Lang } from '../lib/locale';
import type { PreviewName } from '../features/share/previewImage';

/** What a preview image shows, drawn by scripts/previewImages.ts. */
export interface PreviewCard {
  name: PreviewName;
  lang: Lang;
  /** The line above the title: the site's name, or on the dashboard's own picture its kicker. */
  kicker: string;
  title: string;
  /**
   * The chart page's title (and og:title) where it says more than the picture's: the timeline's
   * "…: 80 events, 1949–2026". The picture says the same under its title, with the dates.
   */
  pageTitle?: string;
  subtitle: string;
  /** The source line under the chart, as on the chart's own footer. */
  source: string;
  /** The chart's baked drawing (its slide size) by bakeKey; absent for a list. */
  bake?: string;
  /** For a chart drawn as a list (the timeline): its rows, as "first column — second". */
  lines?: string[];
  /** The image described in words, for og:image:alt. */
  alt: string;
}

/**
 * A chart's own card: its title, subtitle, drawing (or rows) and source line. A list that grows
 * with the story (the timeline) says under its title how many events from when to when, in its
 * page's title how many over which years, and shows its latest rows (the picture keeps as many as
 * fit).
 */
function chartCard(spec: ChartSpec, ctx: ChartContext): PreviewCard {
  const grows = spec.kind === 'timeline';
  const title = ctx.t(spec.titleKey);
  const subtitle = grows ? spec.summary(ctx) : ctx.t(spec.subtitleKey);
  const source = sourceLine(spec, ctx);
  const lines = spec.bake
    ? undefined
    : spec
        .table(ctx)
        .rows.slice(grows ? -EMBED_EVENTS : 0)
        .map(([first = '', second = '']) => `${first} — ${second}`);
  return {
    name: spec.id as PreviewName,
    lang: ctx.lang,
    kicker: ctx.t('site.title'),
    title,
    pageTitle: grows ? countedTimelineTitle(ctx) : undefined,
    subtitle,
    source,
    bake: spec.bake ? bakeKey(spec.id, ctx.lang, 'EUR', SLIDE_BAKE_SIZE) : undefined,
    lines,
    alt: `${title}. ${spec.summary(ctx)}`,
  };
}

/** "Timeline: …: 80 events, 1949–2026", from the data. */
function countedTimelineTitle(ctx: ChartContext): string {
  const events = selectTimeline(ctx.dataset);
  const year = (iso: string | undefined) => iso?.slice(0, 4) ?? '';
  return ctx.t('chart.timeline.counted', {
    title: ctx.t('chart.timeline.title'),
    count: events.length,
    from: year(events[0]?.start),
    to: year(events.at(-1)?.end ?? events.at(-1)?.start),
  });
}

/** Every preview image of one language: each chart's, then the dashboard's and the deck's. */
export function previewCards(dataset: Dataset, lang: Lang): PreviewCard[] {
  const ctx = chartContextIn(dataset, lang);
  const charts = CHARTS.map((spec) => chartCard(spec, ctx));
  const byId = (id: string) => charts.find((card) => card.name === id);
  const aid = byId('aid-totals');
  const drones = byId('drones');
  const siteTitle = ctx.t('site.title');
  const pages: PreviewCard[] = [
    {
      ...(aid as PreviewCard),
      name: 'dashboard',
      kicker: ctx.t('header.kicker'),
      title: siteTitle,
      subtitle: ctx.t('site.description'),
      alt: `${siteTitle}. ${aid?.alt ?? ''}`,
    },
    {
      ...(drones as PreviewCard),
      name: 'present',
      kicker: ctx.t('header.kicker'),
      title: ctx.t('present.deck', { title: siteTitle }),
      subtitle: ctx.t('site.description'),
      alt: `${ctx.t('present.deck', { title: siteTitle })}. ${drones?.alt ?? ''}`,
    },
  ];
  return [...charts, ...pages];
}

/** One preview's card (the dashboard's when there is no such name). */
export function previewFor(name: PreviewName, lang: Lang, dataset: Dataset): PreviewCard {
  const cards = previewCards(dataset, lang);
  const dashboard = cards.find((card) => card.name === 'dashboard') as PreviewCard;
  return cards.find((card) => card.name === name) ?? dashboard;
}
