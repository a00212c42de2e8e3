import { dataset } from '../data/dataset';
import { SettingsProvider } from '../lib/SettingsProvider';
import type { Options } from '../lib/urlOptions';
import { DashboardView } from './DashboardView';
import { NotFoundView } from './NotFoundView';
import type { Route } from './routes';

interface Props {
  route: Route;
  options: Options;
  /** The site's base path, for links home: "/" or a sub-path such as "/aid/". */
  base: string;
}

export function App({ route, options, base }: Props) {
  return (
    <SettingsProvider initial={options}>
      {route.name === 'dashboard' ? (
        <DashboardView dataset={dataset} />
      ) : (
        <NotFoundView path={route.path} homeHref={base} />
      )}
    </SettingsProvider>
  );
}
