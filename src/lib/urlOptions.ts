import { CURRENCIES, LANGS, THEMES, type Currency, type Lang, type Theme } from './locale';

export interface Options {
  lang: Lang;
  currency: Currency;
  theme: Theme;
}

export const DEFAULT_OPTIONS: Options = { lang: 'en', currency: 'EUR', theme: 'auto' };

function pick<T extends string>(allowed: readonly T[], raw: string | null, fallback: T): T {
  // Lenient like OWID's URL parsing: case and stray spaces are forgiven, anything else falls back.
  const value = raw?.trim().toLowerCase();
  return allowed.find((a) => a.toLowerCase() === value) ?? fallback;
}

/** Reads the view options from a query string; a bad or missing value falls back to its default. */
export function parseOptions(search: string): Options {
  const params = new URLSearchParams(search);
  return {
    lang: pick(LANGS, params.get('lang'), DEFAULT_OPTIONS.lang),
    currency: pick(CURRENCIES, params.get('currency'), DEFAULT_OPTIONS.currency),
    theme: pick(THEMES, params.get('theme'), DEFAULT_OPTIONS.theme),
  };
}

/**
 * Writes options back into a query string, leaving defaults out so shared links stay short and
 * keeping any parameters this module does not own.
 */
export function serializeOptions(options: Options, search = ''): string {
  const params = new URLSearchParams(search);
  for (const key of ['lang', 'currency', 'theme'] as const) {
    if (options[key] === DEFAULT_OPTIONS[key]) params.delete(key);
    else params.set(key, options[key]);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
