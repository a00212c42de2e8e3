import type { Dataset } from '../../data/schema';
import { impliedUsdPerEur } from '../../data/selectors';
import { formatDate, formatRate } from '../../lib/format';
import { localize } from '../../lib/localize';
import { useSettings } from '../../lib/useSettings';
import { useT } from '../../lib/useT';
import { ARTICLE_CITE } from '../../components/articleCite';
import './SourcesSection.css';

const METHOD_KEYS = [
  'sources.method1',
  'sources.method2',
  'sources.method3',
  'sources.method4',
  'sources.method5',
] as const;

export function SourcesSection({ dataset, dataUrl }: { dataset: Dataset; dataUrl: string }) {
  const { lang } = useSettings();
  const t = useT();
  const { article } = dataset;
  const rate = formatRate(impliedUsdPerEur(dataset), lang);
  return (
    <section className="section sources" aria-labelledby="sources-heading" id="sources">
      <h2 id="sources-heading">{t('sources.heading')}</h2>
      <p id={ARTICLE_CITE.slice(1)}>
        {t('sources.article', {
          outlet: article.outlet,
          author: article.author,
          role: localize(article.authorRole, lang),
          dateline: article.dateline,
          date: formatDate(article.published.date, lang),
          inferred: article.published.basis === 'stated' ? '' : ` ${t('header.publishedInferred')}`,
        })}{' '}
        {localize(article.published.note, lang)}
      </p>
      {article.headline === null && <p>{t('sources.noHeadline')}</p>}
      <ul className="method-list">
        {METHOD_KEYS.map((key) => (
          <li key={key}>{t(key, { rate })}</li>
        ))}
      </ul>
      <p>
        <a href={dataUrl} download="german-aid-ukraine-dataset.json">
          {t('sources.data')}
        </a>
      </p>
    </section>
  );
}
