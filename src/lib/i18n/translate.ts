import type { Lang } from '../locale';
import { en, type MessageKey, type Messages } from './en';

/**
 * The loaded catalogues. English ships with the app; German is fetched for German pages only
 * (loadCatalogue), so English readers do not download it. The prerenderer and the offline file
 * load both up front (registerAllCatalogues).
 */
const catalogues: Partial<Record<Lang, Messages>> = { en };

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
  // A missing catalogue is a bug (loadCatalogue runs before rendering); English beats a crash.
  const catalogue = catalogues[lang] ?? en;
  return catalogue[key].replace(/\{(\w+)\}/g, (slot, name: string) =>
    name in params ? String(params[name]) : slot,
  );
}
