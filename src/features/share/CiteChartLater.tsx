import { laterPart } from '../../lib/laterPart';

/**
 * "Cite this chart" for the dashboard, whose code and words are fetched as the app hydrates
 * rather than in its first request: it sits in each chart's Sources tab, hidden until chosen.
 */
const cite = laterPart(() => import('./CiteChart').then((m) => m.CiteChart));

export const CiteChartLater = cite.Later;

/** Loads the citation's code: the prerender must have it before it renders a page. */
export const preloadCiteChart = cite.preload;
