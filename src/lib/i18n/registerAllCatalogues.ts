import { de } from './de';
import { deDeck } from './de.deck';
import { en } from './en';
import { enDeck } from './en.deck';
import { registerCatalogue } from './translate';

/** Every catalogue at once: for the prerenderer, the offline file and the tests. */
export function registerAllCatalogues(): void {
  registerCatalogue('en', { ...en, ...enDeck });
  registerCatalogue('de', { ...de, ...deDeck });
}
