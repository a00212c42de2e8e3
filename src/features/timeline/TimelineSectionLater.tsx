import { laterPart } from '../../lib/laterPart';

/**
 * The timeline section, below the fold: its code and words (a long timeline's filters and year
 * controls among them, en.later.ts) are fetched as the app hydrates rather than in the page's
 * first request, which keeps the first view's script inside its budget as the timeline grows.
 */
const timeline = laterPart(() => import('./TimelineSection').then((m) => m.TimelineSection));

export const TimelineSectionLater = timeline.Later;

/** Loads the section's code: the prerender must have it before it renders a page. */
export const preloadTimelineSection = timeline.preload;
