import type { Lang } from '../locale';
import type { MessageKey } from './en';

/**
 * The loaded catalogues. Each edition fetches only its own language (loadCatalogue, started by
 * the boot script alongside the app), so neither pays for the other's text. The prerenderer, the
 * offline file and the tests load both up front (registerAllCatalogues).
 */
const catalogues: Partial<Record<Lang, Partial<Record<MessageKey, string>>>> = {};

/** Adds a part of a language's catalogue: its core, or the deck's part (en.deck.ts). */
export function registerCatalogue(lang: Lang, messages: Partial<Record<MessageKey, string>>): void {
  catalogues[lang] = { ...catalogues[lang], ...messages };
}

/** Whether a language's catalogue holds `key` (its core: 'site.title'; its deck part: …). */
export function hasCatalogue(lang: Lang, key: MessageKey = 'site.title'): boolean {
  return catalogues[lang]?.[key] !== undefined;
}

export type Params = Readonly<Record<string, string | number>>;

/**
 * Looks a message up and fills its `{name}` slots. A slot without a value stays visible as
 * `{name}` so a missing parameter shows up in review instead of silently vanishing.
 */
export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
  // A missing catalogue is a bug (loadCatalogue runs before rendering): English if it is there,
  // else the key itself, which review spots, rather than a crash.
  const text = catalogues[lang]?.[key] ?? catalogues.en?.[key];
  if (text === undefined) return key;
  return text.replace(/\{(\w+)\}/g, (slot, name: string) =>
    name in params ? String(params[name]) : slot,
  );
}
