import { de } from './de';
import { en } from './en';
import { registerCatalogue } from './translate';

/** Every catalogue at once: for the prerenderer, the offline file and the tests. */
export function registerAllCatalogues(): void {
  registerCatalogue('en', en);
  registerCatalogue('de', de);
}
