import type { Dataset } from '../data/schema';

/** The credit written into every row of a downloaded CSV, so a copied row keeps its source. */
export function csvSource(dataset: Dataset): string {
  const { outlet, author, published } = dataset.article;
  return `${outlet}, report by ${author}, ${published.date}`;
}
