import type { CSSProperties } from 'react';
import type { Dataset } from '../../data/schema';
import { useSettings } from '../../lib/useSettings';
import { useT } from '../../lib/useT';
import { MoreQuotesLater } from './MoreQuotesLater';
import { QuoteList } from './QuoteList';

/** Quotes shown open; beyond them, a long list's others wait behind one control (MoreQuotes). */
export const QUOTES_SHOWN = 6;

export function QuotesSection({ dataset }: { dataset: Dataset }) {
  const { lang } = useSettings();
  const t = useT();
  const shown = dataset.quotes.slice(0, QUOTES_SHOWN);
  const more = dataset.quotes.slice(QUOTES_SHOWN);
  return (
    <section
      className="section"
      aria-labelledby="quotes-heading"
      id="quotes"
      // Counted for the placeholder (lazySections.css): rows of cards at 1, 2 and 3 columns.
      style={
        {
          '--rows-1': shown.length,
          '--rows-2': Math.ceil(shown.length / 2),
          '--rows-3': Math.ceil(shown.length / 3),
          '--more': more.length > 0 ? 1 : 0,
        } as CSSProperties
      }
    >
      <h2 id="quotes-heading">{t('quotes.heading')}</h2>
      <p className="section-intro">{t('quotes.intro')}</p>
      <QuoteList quotes={shown} lang={lang} t={t} />
      {more.length > 0 && <MoreQuotesLater quotes={more} lang={lang} t={t} />}
    </section>
  );
}
