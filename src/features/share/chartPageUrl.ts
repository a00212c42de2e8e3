import type { ChartSpec } from '../../charts/ChartSpec';
import { LANG_PREFIX } from '../../lib/BaseContext';
import type { Currency, Lang } from '../../lib/locale';
import { DEFAULT_OPTIONS, serializeOptions } from '../../lib/urlOptions';
import { chartAnchor } from './chartAnchor';

/**
 * The chart on the dashboard, in the reader's language and currency: where a link from an embed,
 * its WordPress fallback or a newsletter's picture leads. `siteBase` is the site's address (or,
 * on the site itself, its base path).
 */
export function chartPageUrl(
  siteBase: string,
  spec: ChartSpec,
  { lang, currency }: { lang: Lang; currency: Currency },
): string {
  const query = serializeOptions({ ...DEFAULT_OPTIONS, lang, currency }, '', {
    ...DEFAULT_OPTIONS,
    lang,
  });
  return `${siteBase}${LANG_PREFIX[lang]}${query}#${chartAnchor(spec)}`;
}
