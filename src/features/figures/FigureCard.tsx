import { useId } from 'react';
import { DateWords } from '../../components/DateWords';
import { Excerpt } from '../../components/Excerpt';
import { ARTICLE_CITE } from '../../components/articleCite';
import type { Figure } from '../../data/schema';
import { formatDate } from '../../lib/format';
import { localize } from '../../lib/localize';
import { CURRENCIES, type Currency, type Lang } from '../../lib/locale';
import type { T } from '../../lib/useT';
import type { FigureValue } from './figureValue';
import './FigureCard.css';

interface Props {
  figure: Figure;
  /** The figure in each currency; they differ only for amounts of money. */
  values: Record<Currency, FigureValue>;
  lang: Lang;
  t: T;
  size: 'headline' | 'context';
}

function Value({ value }: { value: FigureValue }) {
  return value.quoted ? (
    <q cite={ARTICLE_CITE} lang="en">
      {value.main}
    </q>
  ) : (
    value.main
  );
}

/**
 * One figure: the number, what it measures and when, and its source sentence on demand. An
 * amount of money is written in both currencies, of which CSS shows the chosen one (`.in-EUR`,
 * `.in-USD` by `data-currency` on the root), so the currency switch answers in the next frame
 * and the page reads right with no script at all.
 */
export function FigureCard({ figure, values, lang, t, size }: Props) {
  const byCurrency = JSON.stringify(values.EUR) !== JSON.stringify(values.USD);
  const shown: readonly Currency[] = byCurrency ? CURRENCIES : ['EUR'];
  const inCurrency = (currency: Currency) => (byCurrency ? `in-${currency}` : undefined);
  const headingId = useId();
  const measures = localize(figure.measures, lang);
  const { asOf } = figure;
  const wording = localize(asOf.wording, lang);
  // A stated date is already in the wording; an inferred one is spelled out so readers can check it.
  const when =
    asOf.date === undefined ? (
      wording
    ) : asOf.basis === 'stated' ? (
      <time dateTime={asOf.date}>{wording}</time>
    ) : (
      <>
        {wording} (<time dateTime={asOf.date}>{formatDate(asOf.date, lang)}</time>)
      </>
    );
  return (
    <article
      className={`figure-card figure-${size}`}
      aria-labelledby={headingId}
      data-date-basis={asOf.basis}
    >
      <h3 id={headingId} className="figure-heading">
        <span className="figure-value">
          {shown.map((currency) =>
            byCurrency ? (
              <span key={currency} className={inCurrency(currency)}>
                <Value value={values[currency]} />
              </span>
            ) : (
              <Value key={currency} value={values[currency]} />
            ),
          )}
        </span>{' '}
        <span className="figure-measure">{measures}</span>
      </h3>
      {shown.flatMap((currency) =>
        values[currency].notes.map((note) => (
          <p
            key={`${currency}:${note}`}
            className={`figure-note ${inCurrency(currency) ?? ''}`.trim()}
          >
            {note}
          </p>
        )),
      )}
      <p className="figure-asof">
        {t('figures.when')} {when} · <DateWords basis={asOf.basis} words={asOf.words} t={t} />
      </p>
      <details className="figure-source">
        <summary>
          {t('figures.source')}
          {/* Read as one name, "Source for: Arms exports …", not "Source — Source for: …". */}
          <span className="visually-hidden"> {t('figures.sourceFor', { measure: measures })}</span>
        </summary>
        <Excerpt text={figure.excerpt} />
        {asOf.note && (
          <p className="figure-caveat">
            <strong>{t('dating.how')}:</strong> {localize(asOf.note, lang)}
          </p>
        )}
        {figure.caveat && (
          <p className="figure-caveat">
            <strong>{t('figures.note')}:</strong> {localize(figure.caveat, lang)}
          </p>
        )}
      </details>
    </article>
  );
}
