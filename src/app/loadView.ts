import { DashboardRoute } from './DashboardView';
import type { RouteView } from './RouteView';
import type { Route } from './routes';

/**
 * The view of a route, for the browser. The dashboard (most readers' first view) ships with the
 * app; the 404 page, embeds and the deck are fetched for their own pages only, so the dashboard's
 * first view does not carry them.
 */
export function loadView(route: Route): Promise<RouteView> {
  switch (route.name) {
    case 'dashboard':
      return Promise.resolve(DashboardRoute);
    case 'not-found':
      return import('./NotFoundView').then((m) => m.NotFoundRoute);
    case 'embed-index':
      return import('./EmbedIndexView').then((m) => m.EmbedIndexRoute);
    case 'embed':
      return import('./EmbedView').then((m) => m.EmbedRoute);
    case 'present':
      return import('./PresentView').then((m) => m.PresentRoute);
  }
}
