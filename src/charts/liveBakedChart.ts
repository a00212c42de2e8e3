import { preloadable } from '../lib/preloadable';

/** The build's drawing made live (LiveBakedChart): one loader for every chart with a drawing. */
export const liveBakedChart = preloadable(() => import('./LiveBakedChart'));
