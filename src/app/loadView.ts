import { preloadTimelineChart } from '../charts/timelineSpec';
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
      // The timeline's list loads on demand (not in the dashboard's first view); its embed
      // hydrates with it in, or a tap replayed as the app wakes could land on a part not yet
      // hydrated.
      return Promise.all([
        import('./EmbedView'),
        route.chartId === 'timeline' ? preloadTimelineChart() : undefined,
      ]).then(([m]) => m.EmbedRoute);
    case 'present':
      return import('./PresentView').then((m) => m.PresentRoute);
  }
}
