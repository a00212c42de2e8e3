import type { Dataset } from '../data/schema';
import { translate } from '../lib/i18n/translate';
import type { Currency, Lang } from '../lib/locale';
import type { ChartContext } from './ChartContext';

/** A chart's context outside the app (the prerender's previews and files): no React, no settings. */
export function chartContextIn(
  dataset: Dataset,
  lang: Lang,
  currency: Currency = 'EUR',
): ChartContext {
  return { dataset, lang, currency, t: (key, params) => translate(lang, key, params) };
}
