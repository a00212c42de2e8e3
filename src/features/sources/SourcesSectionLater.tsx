import { laterPart } from '../../lib/laterPart';

/**
 * The sources and method section, at the foot of the dashboard: the page's longest text, so its
 * code and words are fetched as the app hydrates rather than in its first request (the German
 * edition's first view was at its budget).
 */
const sources = laterPart(() => import('./SourcesSection').then((m) => m.SourcesSection));

export const SourcesSectionLater = sources.Later;

/** Loads the section's code: the prerender must have it before it renders a page. */
export const preloadSourcesSection = sources.preload;
