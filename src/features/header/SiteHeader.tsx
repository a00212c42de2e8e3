import type { Dataset } from '../../data/schema';
import { formatDate } from '../../lib/format';
import { localize } from '../../lib/localize';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { usePageHref } from '../../lib/BaseContext';
import { useSettings } from '../../lib/useSettings';
import { serializeOptions } from '../../lib/urlOptions';
import { useT } from '../../lib/useT';
import { CurrencySwitch } from './CurrencySwitch';
import './SiteHeader.css';

export function SiteHeader({ dataset }: { dataset: Dataset }) {
  const settings = useSettings();
  const { lang } = settings;
  const t = useT();
  const pageHref = usePageHref();
  const { article } = dataset;
  const { date, basis } = article.published;
  return (
    <header className="site-header">
      <div className="wrap">
        <div className="header-top">
          <p className="kicker">{t('header.kicker')}</p>
          <LanguageSwitch />
        </div>
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
        <p className="header-links">
          <a
            href={pageHref('present/', serializeOptions({ ...settings, tabs: {} }))}
            title={t('present.openTitle')}
          >
            {t('present.open')}
          </a>
          {' · '}
          <a href={pageHref('embed/')}>{t('embed.indexTitle')}</a>
        </p>
      </div>
    </header>
  );
}
