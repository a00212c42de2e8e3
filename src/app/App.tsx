import type { Bakes } from '../charts/bakeKey';
import { BakesContext } from '../charts/BakesContext';
import { BaseContext } from '../lib/BaseContext';
import { SettingsProvider } from '../lib/SettingsProvider';
import type { Options } from '../lib/urlOptions';
import type { RouteView } from './RouteView';
import type { Route } from './routes';

interface Props {
  route: Route;
  /** The route's view: see loadView (browser) and ALL_VIEWS (prerender, offline file). */
  View: RouteView;
  options: Options;
  /** The site's base path, for links home: "/" or a sub-path such as "/aid/". */
  base: string;
  /** The offline file routes by hash (src/offline.tsx). */
  hashRoutes?: boolean;
  /** The options the page was prerendered with (its language); the URL's take over after. */
  prerendered?: Options;
  /** The page's path without base or language, for the language switch. */
  path?: string;
  /** Chart drawings baked by the build (server), or read back from the page (client). */
  bakes?: Bakes;
}

/** The dev server has no baked drawings: its charts draw live. */
const NO_BAKES: Bakes = {};

export function App({
  route,
  View,
  options,
  base,
  hashRoutes = false,
  prerendered,
  path = '',
  bakes = NO_BAKES,
}: Props) {
  return (
    <BaseContext value={{ base, hashRoutes, path }}>
      <BakesContext value={bakes}>
        <SettingsProvider initial={options} prerendered={prerendered}>
          <View route={route} home={hashRoutes ? '#/' : base} />
        </SettingsProvider>
      </BakesContext>
    </BaseContext>
  );
}
