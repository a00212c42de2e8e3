import {
  CHART_TABS,
  CURRENCIES,
  LANGS,
  THEMES,
  type ChartTab,
  type Currency,
  type Lang,
  type Theme,
} from './locale';

/** A chart's selected tab by chart id; `*` applies to every chart (an embed's `?tab=table`). */
export type TabChoice = Readonly<Record<string, ChartTab>>;

export interface Options {
  lang: Lang;
  currency: Currency;
  theme: Theme;
  /** For embeds on hosts with their own background. */
  transparent: boolean;
  tabs: TabChoice;
}

export const DEFAULT_OPTIONS: Options = {
  lang: 'en',
  currency: 'EUR',
  theme: 'auto',
  transparent: false,
  tabs: {},
};

/** Any chart id we could ever have: short, lower-case words joined by hyphens. */
const CHART_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** More pairs than charts means a mangled link; the rest is ignored. */
const MAX_TAB_PAIRS = 12;

function pick<T extends string>(allowed: readonly T[], raw: string | null, fallback: T): T {
  // Lenient like OWID's URL parsing: case and stray spaces are forgiven, anything else falls back.
  const value = raw?.trim().toLowerCase();
  return allowed.find((a) => a.toLowerCase() === value) ?? fallback;
}

/** `tab=aid-totals:table,drones:sources`, or a bare `tab=table` for every chart. */
function parseTabs(raw: string | null): TabChoice {
  if (!raw) return {};
  const tabs: Record<string, ChartTab> = {};
  for (const item of raw.split(',').slice(0, MAX_TAB_PAIRS)) {
    const [first = '', second, ...rest] = item.split(':').map((s) => s.trim().toLowerCase());
    if (rest.length > 0) continue;
    const [id, tabName] = second === undefined ? ['*', first] : [first, second];
    const tab = CHART_TABS.find((t) => t === tabName);
    if (!tab || (id !== '*' && (!CHART_ID.test(id) || id.length > 40))) continue;
    if (tab !== 'chart' || id !== '*') tabs[id] = tab;
  }
  return tabs;
}

function serializeTabs(tabs: TabChoice): string {
  return (
    Object.entries(tabs)
      .filter(([, tab]) => tab !== 'chart')
      // Chart ids are ASCII (CHART_ID): code-unit order, without starting the browser's collator.
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([id, tab]) => (id === '*' ? tab : `${id}:${tab}`))
      .join(',')
  );
}

/** The tab a chart shows: its own choice, else the page-wide one, else the chart. */
export function tabFor(tabs: TabChoice, chartId: string): ChartTab {
  return tabs[chartId] ?? tabs['*'] ?? 'chart';
}

/**
 * `?a=1&tab=aid-totals:table,drones:sources`, or '' for no parameters. `:` and `,` are left
 * readable: they are legal in a query, and shared links stay legible.
 */
export function queryString(params: URLSearchParams): string {
  const query = params.toString().replace(/%3A/g, ':').replace(/%2C/g, ',');
  return query ? `?${query}` : '';
}

/** Reads the view options from a query string; a bad or missing value falls back to its default. */
export function parseOptions(search: string): Options {
  const params = new URLSearchParams(search);
  return {
    lang: pick(LANGS, params.get('lang'), DEFAULT_OPTIONS.lang),
    currency: pick(CURRENCIES, params.get('currency'), DEFAULT_OPTIONS.currency),
    theme: pick(THEMES, params.get('theme'), DEFAULT_OPTIONS.theme),
    transparent: ['1', 'true', 'yes'].includes(params.get('transparent')?.trim() ?? ''),
    tabs: parseTabs(params.get('tab')),
  };
}

/**
 * Writes options back into a query string, leaving defaults out so shared links stay short and
 * keeping any parameters this module does not own. A German page's default language is German
 * (its path says so), hence `defaults`.
 */
export function serializeOptions(
  options: Options,
  search = '',
  defaults: Options = DEFAULT_OPTIONS,
): string {
  const params = new URLSearchParams(search);
  for (const key of ['lang', 'currency', 'theme'] as const) {
    if (options[key] === defaults[key]) params.delete(key);
    else params.set(key, options[key]);
  }
  if (options.transparent) params.set('transparent', '1');
  else params.delete('transparent');
  const tabs = serializeTabs(options.tabs);
  if (tabs) params.set('tab', tabs);
  else params.delete('tab');
  return queryString(params);
}
