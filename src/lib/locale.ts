/** The UI languages. Quotes and excerpts stay in English as published. */
export const LANGS = ['en', 'de'] as const;
export type Lang = (typeof LANGS)[number];

export const CURRENCIES = ['EUR', 'USD'] as const;
export type Currency = (typeof CURRENCIES)[number];

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** BCP 47 tags given to Intl, so German readers get German separators and month names. */
export const INTL_LOCALE: Record<Lang, string> = { en: 'en-GB', de: 'de-DE' };

/** The views of every chart (OWID Grapher's sandwich): the drawing, its data, its sources. */
export const CHART_TABS = ['chart', 'table', 'sources'] as const;
export type ChartTab = (typeof CHART_TABS)[number];
