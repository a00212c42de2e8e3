import { chartById } from '../charts/registry';
import { dataset } from '../data/dataset';
import { BaseContext } from '../lib/BaseContext';
import { SettingsProvider } from '../lib/SettingsProvider';
import type { Options } from '../lib/urlOptions';
import { DashboardView } from './DashboardView';
import { EmbedIndexView } from './EmbedIndexView';
import { EmbedView } from './EmbedView';
import { NotFoundView } from './NotFoundView';
import { PresentView } from './PresentView';
import type { Route } from './routes';

interface Props {
  route: Route;
  options: Options;
  /** The site's base path, for links home: "/" or a sub-path such as "/aid/". */
  base: string;
  /** The offline file routes by hash (src/offline.tsx). */
  hashRoutes?: boolean;
}

function View({ route, home }: { route: Route; home: string }) {
  switch (route.name) {
    case 'dashboard':
      return <DashboardView dataset={dataset} />;
    case 'embed-index':
      return <EmbedIndexView />;
    case 'embed': {
      const spec = chartById(route.chartId);
      if (spec) return <EmbedView dataset={dataset} spec={spec} />;
      return <NotFoundView path={`/embed/${route.chartId}/`} homeHref={home} />;
    }
    case 'present':
      return <PresentView dataset={dataset} />;
    case 'not-found':
      return <NotFoundView path={route.path} homeHref={home} />;
  }
}

export function App({ route, options, base, hashRoutes = false }: Props) {
  return (
    <BaseContext value={{ base, hashRoutes }}>
      <SettingsProvider initial={options}>
        <View route={route} home={hashRoutes ? '#/' : base} />
      </SettingsProvider>
    </BaseContext>
  );
}
