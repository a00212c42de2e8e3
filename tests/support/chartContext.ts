import type { ChartContext } from '../../src/charts/ChartContext';
import { dataset } from '../../src/data/dataset';
import { translate } from '../../src/lib/i18n/translate';
import type { Currency, Lang } from '../../src/lib/locale';

/** What a chart is drawn from, in a language and currency, as the app gives it. */
export function chartContext(
  lang: Lang = 'en',
  currency: Currency = 'EUR',
  size?: ChartContext['size'],
): ChartContext {
  return {
    dataset,
    lang,
    currency,
    t: (key, params) => translate(lang, key, params),
    ...(size && { size }),
  };
}
