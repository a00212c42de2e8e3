import type { Dataset } from '../data/schema';
import { figureById } from '../data/selectors';
import type { ChartSource } from './ChartSpec';

/** The excerpts behind the figures a chart draws. */
export function figureSources(dataset: Dataset, ids: readonly string[]): ChartSource[] {
  return ids.map((id) => ({ text: figureById(dataset, id).excerpt }));
}
