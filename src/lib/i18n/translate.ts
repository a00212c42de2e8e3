import type { Lang } from '../locale';
import type { MessageKey, Messages } from './en';

/**
 * The loaded catalogues. Each edition fetches only its own language (loadCatalogue, started by
 * the boot script alongside the app), so neither pays for the other's text. The prerenderer, the
 * offline file and the tests load both up front (registerAllCatalogues).
 */
const catalogues: Partial<Record<Lang, Messages>> = {};

export function registerCatalogue(lang: Lang, messages: Messages): void {
  catalogues[lang] = messages;
}

export function hasCatalogue(lang: Lang): boolean {
  return catalogues[lang] !== undefined;
}

export type Params = Readonly<Record<string, string | number>>;

/**
 * Looks a message up and fills its `{name}` slots. A slot without a value stays visible as
 * `{name}` so a missing parameter shows up in review instead of silently vanishing.
 */
export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
  // A missing catalogue is a bug (loadCatalogue runs before rendering): English if it is there,
  // else the key itself, which review spots, rather than a crash.
  const catalogue = catalogues[lang] ?? catalogues.en;
  if (!catalogue) return key;
  return catalogue[key].replace(/\{(\w+)\}/g, (slot, name: string) =>
    name in params ? String(params[name]) : slot,
  );
}
