import type { Dataset } from '../../data/schema';
import { useSettings } from '../../lib/useSettings';
import { useT } from '../../lib/useT';
import { QuoteCard } from './QuoteCard';
import './QuotesSection.css';

export function QuotesSection({ dataset }: { dataset: Dataset }) {
  const { lang } = useSettings();
  const t = useT();
  return (
    <section className="section" aria-labelledby="quotes-heading" id="quotes">
      <h2 id="quotes-heading">{t('quotes.heading')}</h2>
      <p className="section-intro">{t('quotes.intro')}</p>
      <ul className="quote-list">
        {dataset.quotes.map((quote) => (
          <li key={quote.id}>
            <QuoteCard quote={quote} lang={lang} t={t} />
          </li>
        ))}
      </ul>
    </section>
  );
}
