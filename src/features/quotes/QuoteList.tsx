import type { Quote } from '../../data/schema';
import type { Lang } from '../../lib/locale';
import type { T } from '../../lib/useT';
import { QuoteCard } from './QuoteCard';
import './QuoteList.css';

/** Quote cards in a grid (QuotesSection, and a long list's others in MoreQuotes). */
export function QuoteList({ quotes, lang, t }: { quotes: readonly Quote[]; lang: Lang; t: T }) {
  return (
    <ul className="quote-list">
      {quotes.map((quote) => (
        <li key={quote.id}>
          <QuoteCard quote={quote} lang={lang} t={t} />
        </li>
      ))}
    </ul>
  );
}
