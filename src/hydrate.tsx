import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { matchRoute } from './app/routes';
import { CURRENCIES, type Currency } from './lib/locale';
import { parseOptions, type Options } from './lib/urlOptions';

/**
 * The options to show: the URL's, plus a currency the reader picked on the plain HTML page
 * before the scripts had woken up (the radio is a native control, so the choice is in the DOM).
 */
function chosenOptions(container: HTMLElement): Options {
  const options = parseOptions(window.location.search);
  // Only a radio the reader changed counts: the prerendered one is checked by default and must
  // not override a ?currency= in the URL.
  const picked = [...container.querySelectorAll<HTMLInputElement>('input[name="currency"]')].find(
    (input) => input.checked && !input.defaultChecked,
  )?.value;
  const currency = CURRENCIES.find((c): c is Currency => c === picked);
  return currency ? { ...options, currency } : options;
}

/** Starts React on the page: hydrates the prerendered HTML, or renders the dev server's shell. */
export function start(container: HTMLElement): void {
  const base = import.meta.env.BASE_URL;
  const path = window.location.pathname;
  const relative = path.startsWith(base) ? path.slice(base.length) : path;
  const app = (
    <StrictMode>
      <App route={matchRoute(relative)} options={chosenOptions(container)} base={base} />
    </StrictMode>
  );
  if (!container.hasChildNodes()) {
    createRoot(container).render(app);
    return;
  }
  // As a transition, hydration is time-sliced: React yields to the browser every few
  // milliseconds instead of blocking the main thread for the whole page.
  startTransition(() => {
    hydrateRoot(container, app);
  });
}
