import { LANGS, type Lang } from '../locale';
import { hasCatalogue, registerCatalogue } from './translate';

/**
 * Fetches a language's catalogue once, before the app renders in it. Each is its own chunk, so
 * an edition downloads only its own language; the boot script asks for the page's catalogue at
 * the same time as the app (src/main.tsx), so this import finds it already on its way.
 */
export async function loadCatalogue(lang: Lang): Promise<void> {
  if (hasCatalogue(lang)) return;
  if (lang === 'de') registerCatalogue('de', (await import('./de')).de);
  else registerCatalogue('en', (await import('./en')).en);
}

/** The deck's part of a language's catalogue, fetched with the deck (see en.deck.ts). */
export async function loadDeckCatalogue(lang: Lang): Promise<void> {
  if (hasCatalogue(lang, 'present.progress')) return;
  if (lang === 'de') registerCatalogue('de', (await import('./de.deck')).deDeck);
  else registerCatalogue('en', (await import('./en.deck')).enDeck);
}

/**
 * The text of what comes after the first view (see en.later.ts), in the given languages or else in
 * every language whose core is loaded: the Embed dialog and "Cite this chart" fetch it with their
 * code, the embed pages and the 404 page before they hydrate.
 */
export async function loadLaterCatalogue(
  langs: readonly Lang[] = LANGS.filter((lang) => hasCatalogue(lang)),
): Promise<void> {
  await Promise.all(
    langs.map(async (lang) => {
      if (hasCatalogue(lang, 'cite.heading')) return;
      if (lang === 'de') registerCatalogue('de', (await import('./de.later')).deLater);
      else registerCatalogue('en', (await import('./en.later')).enLater);
    }),
  );
}

/** Code that shows later words, with those words: resolves once both are in. */
export async function withLaterWords<T>(code: Promise<T>): Promise<T> {
  const [loaded] = await Promise.all([code, loadLaterCatalogue()]);
  return loaded;
}
