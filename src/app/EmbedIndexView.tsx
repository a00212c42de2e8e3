import { CHARTS } from '../charts/registry';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { CiteChart } from '../features/share/CiteChart';
import { CodeBox } from '../features/share/CodeBox';
import { embedHeight, embedSnippet } from '../features/share/embedSnippet';
import { usePageHref, useSiteAddress } from '../lib/BaseContext';
import { useSettings } from '../lib/useSettings';
import { useT } from '../lib/useT';
import { useDataset } from './DatasetContext';
import type { RouteView } from './RouteView';
import './EmbedIndexView.css';

/** /embed/: every embeddable chart with a live preview, a link and its code. */
export function EmbedIndexView() {
  const t = useT();
  const pageHref = usePageHref();
  const settings = useSettings();
  const siteBase = useSiteAddress();
  const dataset = useDataset();
  const ctx = { dataset, lang: settings.lang, currency: settings.currency, t };
  return (
    <main id="main" className="wrap embed-index">
      <div className="header-top">
        <p className="kicker">
          <a href={pageHref('')}>{t('site.title')}</a>
        </p>
        <LanguageSwitch />
      </div>
      <h1>{t('embed.indexTitle')}</h1>
      <p className="section-intro">{t('embed.indexIntro')}</p>
      <ul className="embed-list">
        {CHARTS.map((spec) => {
          const title = t(spec.titleKey);
          const href = pageHref(`embed/${spec.id}/`);
          return (
            <li key={spec.id} className="embed-item">
              <h2>
                <a href={href}>{title}</a>
              </h2>
              {/* The code and the citation before the preview: its page's own h1 would
                  otherwise stand between this h2 and the citation's h3. */}
              <div className="embed-item-code">
                <CodeBox
                  code={embedSnippet(siteBase, spec, t('embed.iframeTitle', { title }), settings)}
                  label={t('embed.code')}
                />
                <CiteChart spec={spec} ctx={ctx} headingLevel={3} />
              </div>
              <iframe
                className="embed-preview"
                src={href}
                title={t('embed.iframeTitle', { title })}
                // The embed's own height at 640 px, as its code gives it: no scrolling inside.
                height={embedHeight(spec.id, settings.lang)}
                loading="lazy"
              />
            </li>
          );
        })}
      </ul>
    </main>
  );
}

export const EmbedIndexRoute: RouteView = () => <EmbedIndexView />;
