import type { Bakes } from '../charts/bakeKey';
import type { Dataset } from '../data/schema';
import { BakesContext } from '../charts/BakesContext';
import { BaseContext } from '../lib/BaseContext';
import { HydrationPhase } from '../lib/HydrationPhase';
import { SettingsProvider } from '../lib/SettingsProvider';
import type { Options } from '../lib/urlOptions';
import { DatasetContext } from './DatasetContext';
import type { RouteView } from './RouteView';
import type { Route } from './routes';

interface Props {
  route: Route;
  /** The route's view: see loadView (browser) and ALL_VIEWS (prerender, offline file). */
  View: RouteView;
  /** What the page shows: the whole dataset, or in the browser the texts on screen (loadDataset). */
  dataset: Dataset;
  options: Options;
  /** The site's base path, for links between pages: "/" or a sub-path such as "/aid/". */
  base: string;
  /** The offline file routes by hash (src/offline.tsx). */
  hashRoutes?: boolean;
  /** The options the page was prerendered with (its language); the URL's take over after. */
  prerendered?: Options;
  /** The page's path without base or language, for the language switch. */
  path?: string;
  /** Chart drawings baked by the build (server), or read back from the page (client). */
  bakes?: Bakes;
  /** True when rendering the prerendered page (server) or hydrating it (browser). */
  hydrating?: boolean;
}

/** The dev server has no baked drawings: its charts draw live. */
const NO_BAKES: Bakes = {};

export function App({
  route,
  View,
  dataset,
  options,
  base,
  hashRoutes = false,
  prerendered,
  path = '',
  bakes = NO_BAKES,
  hydrating = false,
}: Props) {
  return (
    <HydrationPhase hydrating={hydrating}>
      <BaseContext value={{ base, hashRoutes, path }}>
        <BakesContext value={bakes}>
          <DatasetContext value={dataset}>
            <SettingsProvider initial={options} prerendered={prerendered}>
              <View route={route} />
            </SettingsProvider>
          </DatasetContext>
        </BakesContext>
      </BaseContext>
    </HydrationPhase>
  );
}
