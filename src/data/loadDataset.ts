import type { Lang } from '../lib/locale';
import type { Dataset } from './schema';

/**
 * The dataset with one language's texts (see scripts/datasetPerLanguage.ts), fetched as its own
 * chunk: the boot script asks for the page's one alongside the app (#root's `data-dataset`).
 */
async function datasetIn(lang: Lang): Promise<Dataset> {
  const module =
    lang === 'de' ? await import('./dataset.json?lang=de') : await import('./dataset.json?lang=en');
  // Validated before every build (scripts/check-data.ts); the split keeps its shape.
  return module.default as Dataset;
}

/**
 * The dataset for the languages on screen: the page's own texts, or, where a link asks for
 * another language than the page's (?lang=), the whole dataset (a chunk of its own, rarely needed).
 */
export async function loadDataset(langs: readonly Lang[]): Promise<Dataset> {
  const [only, ...others] = new Set(langs);
  if (only && others.length === 0) return datasetIn(only);
  return (await import('./dataset')).dataset;
}
