import type { Quote } from '../../data/schema';
import { Disclosure } from '../../components/Disclosure';
import type { Lang } from '../../lib/locale';
import type { T } from '../../lib/useT';
import { QuoteList } from './QuoteList';

/** The quotes after the first few of a long list, behind one control named by their count. */
export function MoreQuotes({ quotes, lang, t }: { quotes: readonly Quote[]; lang: Lang; t: T }) {
  return (
    <Disclosure
      className="quote-more"
      show={t('quotes.showMore', { count: quotes.length })}
      hide={t('quotes.hideMore', { count: quotes.length })}
    >
      <QuoteList quotes={quotes} lang={lang} t={t} />
    </Disclosure>
  );
}
