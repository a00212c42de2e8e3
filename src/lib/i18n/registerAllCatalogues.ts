import { de } from './de';
import { registerCatalogue } from './translate';

/** Every catalogue at once: for the prerenderer, the offline file and the tests. */
export function registerAllCatalogues(): void {
  registerCatalogue('de', de);
}
