import type { DateBasis } from '../data/schema';

/** Marks how a date is known; beside words, so colour is never the only carrier. */
export const BASIS_SYMBOL: Record<DateBasis, string> = { stated: '●', inferred: '◐', context: '○' };
