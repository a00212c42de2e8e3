import { laterPart } from '../../lib/laterPart';

/** MoreQuotes with its words (en.later.ts): only a long list of quotes uses it. */
const more = laterPart(() => import('./MoreQuotes').then((m) => m.MoreQuotes));

export const MoreQuotesLater = more.Later;

/** Loads its code and words: the prerender must have them before it renders a long list. */
export const preloadMoreQuotes = more.preload;
