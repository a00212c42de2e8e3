import raw from './dataset.json';
import type { Dataset } from './schema';

/**
 * The dataset, typed. It is validated against the schema before every build and in the tests
 * (scripts/check-data.ts), so the client does not ship zod or parse it again: JSON imports widen
 * enum strings to `string`, hence the cast.
 */
export const dataset = raw as Dataset;
