import type { Lang } from '../locale';
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
