import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const LANGS = ['en', 'de'] as const;
type Lang = (typeof LANGS)[number];

/** A dataset text in each UI language (`Localized` in src/lib/localize.ts), or part of one. */
function isLocalized(value: unknown): value is Partial<Record<Lang, string>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return (
    entries.length > 0 &&
    entries.every(([key, text]) => LANGS.includes(key as Lang) && typeof text === 'string')
  );
}

/** The dataset with every text in `lang` only: other languages' words are left out. */
export function datasetIn(value: unknown, lang: Lang): unknown {
  if (Array.isArray(value)) return value.map((item) => datasetIn(item, lang));
  if (isLocalized(value)) return lang in value ? { [lang]: value[lang] } : {};
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, datasetIn(v, lang)]));
  }
  return value;
}

/**
 * `import('…/dataset.json?lang=de')` gives the dataset with its German texts only, as a module
 * of its own (src/data/loadDataset.ts): each edition's first view carries one language's words.
 */
export function datasetPerLanguage(): Plugin {
  return {
    name: 'dataset-per-language',
    enforce: 'pre',
    load(id) {
      const match = /^(.*[\\/]dataset\.json)\?lang=(en|de)$/.exec(id);
      if (!match?.[1]) return null;
      const dataset: unknown = JSON.parse(readFileSync(match[1], 'utf8'));
      this.addWatchFile(match[1]);
      return `export default ${JSON.stringify(datasetIn(dataset, match[2] as Lang))};`;
    },
  };
}
