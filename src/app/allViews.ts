import { DashboardRoute } from './DashboardView';
import { EmbedIndexRoute } from './EmbedIndexView';
import { EmbedRoute } from './EmbedView';
import { NotFoundRoute } from './NotFoundView';
import { PresentRoute } from './PresentView';
import type { RouteView } from './RouteView';
import type { Route } from './routes';

/** Every view at once, for the prerenderer and the offline file (which load nothing later). */
export const ALL_VIEWS: Record<Route['name'], RouteView> = {
  dashboard: DashboardRoute,
  'not-found': NotFoundRoute,
  'embed-index': EmbedIndexRoute,
  embed: EmbedRoute,
  present: PresentRoute,
};
