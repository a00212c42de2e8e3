import { de } from './de';
import { deDeck } from './de.deck';
import { deLater } from './de.later';
import { en } from './en';
import { enDeck } from './en.deck';
import { enLater } from './en.later';
import { registerCatalogue } from './translate';

/** Every catalogue at once: for the prerenderer, the offline file and the tests. */
export function registerAllCatalogues(): void {
  registerCatalogue('en', { ...en, ...enDeck, ...enLater });
  registerCatalogue('de', { ...de, ...deDeck, ...deLater });
}
