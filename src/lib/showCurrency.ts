import type { Currency } from './locale';

/**
 * Names the chosen currency on the root, where CSS reads it to show the baked charts and the
 * figures in it (`.bake-EUR`/`.bake-USD`, `.in-EUR`/`.in-USD`): the page shows a choice in the
 * next frame, before React has re-rendered anything.
 */
export function showCurrency(
  currency: Currency,
  root: HTMLElement = document.documentElement,
): void {
  root.dataset.currency = currency;
}
