import { useId } from 'react';
import { DateWords } from '../../components/DateWords';
import { Excerpt } from '../../components/Excerpt';
import { ARTICLE_CITE } from '../../components/articleCite';
import type { Figure } from '../../data/schema';
import { formatDate } from '../../lib/format';
import { localize } from '../../lib/localize';
import type { Lang } from '../../lib/locale';
import type { T } from '../../lib/useT';
import type { FigureValue } from './figureValue';

interface Props {
  figure: Figure;
  value: FigureValue;
  lang: Lang;
  t: T;
  size: 'headline' | 'context';
}

/** One figure: the number, what it measures and when, and its source sentence on demand. */
export function FigureCard({ figure, value, lang, t, size }: Props) {
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
          {value.quoted ? (
            <q cite={ARTICLE_CITE} lang="en">
              {value.main}
            </q>
          ) : (
            value.main
          )}
        </span>{' '}
        <span className="figure-measure">{measures}</span>
      </h3>
      {value.notes.map((note) => (
        <p key={note} className="figure-note">
          {note}
        </p>
      ))}
      <p className="figure-asof">
        {t('figures.when')} {when} · <DateWords basis={asOf.basis} words={asOf.words} t={t} />
      </p>
      <details className="figure-source">
        <summary>
          {t('figures.source')}
          <span className="visually-hidden">
            {' '}
            — {t('figures.sourceFor', { measure: measures })}
          </span>
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
