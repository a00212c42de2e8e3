import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { ALL_VIEWS } from './app/allViews';
import type { Bakes } from './charts/bakeKey';
import { App } from './app/App';
import { oembedPath, pageHead, publicUrl } from './app/pageHead';
import { previewCards, type PreviewCard } from './app/sharePreview';
import { PREVIEW_SIZE, previewImagePath } from './features/share/previewImage';
import { CHARTS } from './charts/registry';
import { dataset } from './data/dataset';
import { oembedFor, type OEmbed } from './features/share/oembed';
import { CURRENCIES, LANGS } from './lib/locale';
import { csvFilePath, csvText } from './charts/csvFile';
import { chartContextIn } from './charts/chartContextIn';
import { renderHead } from './app/renderHead';
import { matchRoute, pathForSwitch, ROUTES, splitLang, type Route } from './app/routes';
import { registerAllCatalogues } from './lib/i18n/registerAllCatalogues';
import { DEFAULT_OPTIONS } from './lib/urlOptions';
import { preloadCiteChart } from './features/share/CiteChartLater';
import { preloadSourcesSection } from './features/sources/SourcesSectionLater';
import { preloadMoreQuotes } from './features/quotes/MoreQuotesLater';
import { preloadTimelineSection } from './features/timeline/TimelineSectionLater';
import { preloadTimelineChart } from './charts/timelineSpec';

registerAllCatalogues();

export { ROUTES };

/** Loads the code the pages render that the browser fetches later (see CiteChartLater). */
export async function prepare(): Promise<void> {
  await preloadCiteChart();
  await preloadSourcesSection();
  await preloadTimelineSection();
  await preloadTimelineChart();
  await preloadMoreQuotes();
}

export interface RenderedPage {
  html: string;
  head: string;
  lang: string;
  /** The view the page shows, whose styles the prerenderer inlines. */
  view: Route['name'];
}

/**
 * Renders one route at build time (scripts/prerender.ts), in the language its path names, with
 * the default options otherwise; the client switches to the URL's options right after hydrating.
 */
export function render(
  relativePath: string,
  base: string,
  siteUrl: string | null,
  bakes: Bakes = {},
): RenderedPage {
  const { lang, path } = splitLang(relativePath);
  const route = matchRoute(path);
  const options = { ...DEFAULT_OPTIONS, lang };
  return {
    html: renderToString(
      <StrictMode>
        <App
          route={route}
          View={ALL_VIEWS[route.name]}
          dataset={dataset}
          options={options}
          prerendered={options}
          base={base}
          path={pathForSwitch(route, path)}
          bakes={bakes}
          hydrating
        />
      </StrictMode>,
    ),
    head: renderHead(pageHead(route, relativePath, lang, base, siteUrl), lang),
    lang,
    view: route.name,
  };
}

/** The pictures shared links show, in both languages (drawn by scripts/previewImages.ts). */
export function previews(): { card: PreviewCard; file: string }[] {
  return LANGS.flatMap((lang) =>
    previewCards(dataset, lang).map((card) => ({ card, file: previewImagePath(card.name, lang) })),
  );
}

/**
 * Each embeddable chart's oEmbed response, in both languages, with the file it goes to. URLs are
 * absolute with the site's address (SITE_URL), else under the base path.
 */
export function oembeds(base: string, siteUrl: string | null): { file: string; json: OEmbed }[] {
  return LANGS.flatMap((lang) =>
    CHARTS.map((spec) => ({
      file: oembedPath(spec.id, lang),
      json: oembedFor(spec, lang, siteUrl ?? base, dataset, {
        url: publicUrl(previewImagePath(spec.id as PreviewCard['name'], lang), base, siteUrl),
        ...PREVIEW_SIZE,
      }),
    })),
  );
}

/**
 * Every chart's CSV, in each language and currency, with the file it goes to under the site's
 * base (a chart whose CSV is the same in both currencies has one file per language).
 */
export function csvFiles(): { file: string; text: string }[] {
  const files = new Map<string, string>();
  for (const spec of CHARTS) {
    for (const lang of LANGS) {
      for (const currency of CURRENCIES) {
        const ctx = chartContextIn(dataset, lang, currency);
        files.set(csvFilePath(spec, ctx), csvText(spec, ctx));
      }
    }
  }
  return [...files].map(([file, text]) => ({ file, text }));
}
