import { LanguageSwitch } from '../components/LanguageSwitch';
import { usePageHref, useSite } from '../lib/BaseContext';
import { useHydrated } from '../lib/useHydrated';
import { useT } from '../lib/useT';
import type { RouteView } from './RouteView';
import './NotFoundView.css';

/**
 * Names what was not found; the path is shown as text, never as markup. On a site that is the
 * address the reader asked for, with its base and language (`/aid/de/nope/`); in the offline
 * file, whose routes are in its hash, the route's `path`.
 */
export function NotFoundView({ path }: { path: string }) {
  const t = useT();
  const pageHref = usePageHref();
  const { hashRoutes } = useSite();
  // 404.html is prerendered once for every missing path, so the path is filled in after hydration.
  const shown = useHydrated() ? (hashRoutes ? path : window.location.pathname) : null;
  return (
    <main id="main" className="wrap not-found">
      <LanguageSwitch />
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      {/* Its own line, kept free until the address is known: before any script the sentence
          stands alone, and nothing moves when the address comes. */}
      <p className="not-found-path">
        <code>{shown}</code>
      </p>
      <ul className="not-found-links">
        <li>
          {/* The reader's own language's dashboard, as the link beside it. */}
          <a href={pageHref('')}>{t('notFound.home')}</a>
        </li>
        <li>
          <a href={pageHref('embed/')}>{t('notFound.index')}</a>
        </li>
      </ul>
    </main>
  );
}

export const NotFoundRoute: RouteView = ({ route }) => (
  <NotFoundView path={route.name === 'not-found' ? route.path : '/'} />
);
