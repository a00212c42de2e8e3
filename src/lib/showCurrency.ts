import type { Currency } from './locale';

/**
 * Names the chosen currency on the root, where CSS reads it to show the baked charts and the
 * figures in it (`.bake-EUR`/`.bake-USD`, `.in-EUR`/`.in-USD`): the page shows a choice in the
 * next frame, before React has re-rendered anything. Checks its radio too (CurrencySwitch's are
 * uncontrolled), for a choice made elsewhere: a link's `?currency=`, taken up as the app wakes.
 */
export function showCurrency(
  currency: Currency,
  root: HTMLElement = document.documentElement,
): void {
  root.dataset.currency = currency;
  for (const radio of root.querySelectorAll<HTMLInputElement>('input[name="currency"]')) {
    radio.checked = radio.value === currency;
  }
}
