import type { Lang } from '../locale';
import { hasCatalogue, registerCatalogue } from './translate';

/** Fetches a language's catalogue once, before the app renders in it. */
export async function loadCatalogue(lang: Lang): Promise<void> {
  if (hasCatalogue(lang)) return;
  if (lang === 'de') registerCatalogue('de', (await import('./de')).de);
}
