import type { Dataset } from '../../data/schema';
import { formatDate } from '../../lib/format';
import { localize } from '../../lib/localize';
import { useSettings } from '../../lib/useSettings';
import { useT } from '../../lib/useT';
import { CurrencySwitch } from './CurrencySwitch';

export function SiteHeader({ dataset }: { dataset: Dataset }) {
  const { lang } = useSettings();
  const t = useT();
  const { article } = dataset;
  const { date, basis } = article.published;
  return (
    <header className="site-header">
      <div className="wrap">
        <p className="kicker">{t('header.kicker')}</p>
        <h1>{t('site.title')}</h1>
        <p className="standfirst">{t('header.standfirst')}</p>
        <p className="credit">
          {t('header.credit', {
            author: article.author,
            role: localize(article.authorRole, lang),
            outlet: article.outlet,
          })}
          {' · '}
          {t('header.published')} <time dateTime={date}>{formatDate(date, lang)}</time>
          {basis !== 'stated' && <> {t('header.publishedInferred')}</>}
        </p>
        <CurrencySwitch dataset={dataset} />
      </div>
    </header>
  );
}
