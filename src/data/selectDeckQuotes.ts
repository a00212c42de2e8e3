import type { Dataset, Quote } from './schema';

/**
 * The quotes the deck gives a slide each: those the data marks `slide: true`, or, where none is
 * marked, the first five (the article's lead quotes, in the dataset's order).
 */
export function selectDeckQuotes(dataset: Dataset): Quote[] {
  const chosen = dataset.quotes.filter((quote) => quote.slide === true);
  return chosen.length > 0 ? chosen : dataset.quotes.slice(0, 5);
}
