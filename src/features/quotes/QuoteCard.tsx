import { ARTICLE_CITE } from '../../components/articleCite';
import type { Quote } from '../../data/schema';
import { formatDate } from '../../lib/format';
import { localize } from '../../lib/localize';
import type { Lang } from '../../lib/locale';
import type { T } from '../../lib/useT';

/**
 * A quote in its sentence: the paraphrased lead and tail stay outside the quotation marks, the
 * speaker's exact words go in <q>, in English as published.
 */
export function QuoteCard({ quote, lang, t }: { quote: Quote; lang: Lang; t: T }) {
  const where = quote.place
    ? quote.date
      ? t('quotes.where', { place: quote.place, date: formatDate(quote.date, lang) })
      : t('quotes.whereNoDate', { place: quote.place })
    : null;
  const tail = quote.tail && localize(quote.tail, lang);
  return (
    <figure className="quote-card">
      <blockquote cite={ARTICLE_CITE} className="quote-text">
        <p>
          {quote.lead && <span className="quote-paraphrase">{localize(quote.lead, lang)} </span>}
          <q lang="en">{quote.text}</q>
          {tail && (
            <span className="quote-paraphrase">
              {/* A tail that opens with punctuation hugs the closing quotation mark. */}
              {/^[,.;]/.test(tail) ? null : ' '}
              {tail}
            </span>
          )}
        </p>
      </blockquote>
      <figcaption className="quote-caption">
        <span className="quote-speaker">
          {t('quotes.said', { speaker: quote.speaker, role: localize(quote.role, lang) })}
        </span>
        {where && <span className="quote-where">{where}</span>}
        <span className="quote-context">
          <span className="visually-hidden">{t('quotes.context')}: </span>
          {localize(quote.context, lang)}
        </span>
      </figcaption>
    </figure>
  );
}
