import { ArticleWords } from '../../components/ArticleWords';
import { ARTICLE_CITE } from '../../components/articleCite';
import { DateWords } from '../../components/DateWords';
import type { Quote } from '../../data/schema';
import { formatDate } from '../../lib/format';
import { localize } from '../../lib/localize';
import type { Lang } from '../../lib/locale';
import type { T } from '../../lib/useT';
import './QuoteCard.css';

/**
 * A quote as the article prints it: its sentence, word for word, in the blockquote, the speaker's
 * own words in <q>. Everything of ours (who, where, when, on what, a German gloss) is in the
 * caption, outside the quotation.
 */
export function QuoteCard({ quote, lang, t }: { quote: Quote; lang: Lang; t: T }) {
  const where = quote.place
    ? quote.date
      ? t('quotes.where', { place: quote.place, date: formatDate(quote.date, lang) })
      : t('quotes.whereNoDate', { place: quote.place })
    : null;
  const gloss = lang === 'de' ? quote.gloss?.de : undefined;
  return (
    <figure className="quote-card">
      <blockquote cite={ARTICLE_CITE} className="quote-text" lang="en">
        <p>
          <ArticleWords text={quote.excerpt} />
        </p>
      </blockquote>
      <figcaption className="quote-caption">
        <span className="quote-speaker">
          {t('quotes.said', { speaker: quote.speaker, role: localize(quote.role, lang) })}
        </span>
        {where && (
          <span className="quote-where">
            {where}
            {quote.dateBasis && (
              <>
                {' · '}
                <DateWords basis={quote.dateBasis} words={quote.dateWords} t={t} />
                {quote.dateNote && <> ({localize(quote.dateNote, lang)})</>}
              </>
            )}
          </span>
        )}
        <span className="quote-context">
          <span className="visually-hidden">{t('quotes.context')}: </span>
          {localize(quote.context, lang)}
        </span>
        {gloss && (
          <span className="quote-gloss">
            <strong>{t('quotes.gloss')}:</strong> {gloss}
          </span>
        )}
      </figcaption>
    </figure>
  );
}
