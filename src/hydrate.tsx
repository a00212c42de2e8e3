import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadView } from './app/loadView';
import { captureBakes } from './charts/captureBakes';
import { loadCatalogue } from './lib/i18n/loadCatalogue';
import { matchRoute, splitLang } from './app/routes';
import { CURRENCIES, LANGS, type Currency } from './lib/locale';
import { DEFAULT_OPTIONS, parseOptions, type Options } from './lib/urlOptions';

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
export async function start(container: HTMLElement): Promise<void> {
  const base = import.meta.env.BASE_URL;
  const path = window.location.pathname;
  const relative = path.startsWith(base) ? path.slice(base.length) : path;
  const { lang, path: page } = splitLang(relative);
  const route = matchRoute(page);
  // 404.html is prerendered once, in English, for every missing path.
  const prerendered = { ...DEFAULT_OPTIONS, lang: route.name === 'not-found' ? 'en' : lang };
  const fromUrl = chosenOptions(container);
  // The path names the language unless the query does (?lang=en on a German page).
  const asked = new URLSearchParams(window.location.search).get('lang')?.trim().toLowerCase();
  const options = LANGS.some((l) => l === asked) ? fromUrl : { ...fromUrl, lang };
  // The view's code must be here before hydrating, or React would throw the HTML away.
  const [View] = await Promise.all([
    loadView(route),
    loadCatalogue(prerendered.lang),
    loadCatalogue(options.lang),
  ]);
  // Read before React touches the page: the client renders the drawings the build baked into it.
  const bakes = captureBakes(container);
  const app = (
    <StrictMode>
      <App
        route={route}
        View={View}
        options={options}
        prerendered={prerendered}
        base={base}
        path={page}
        bakes={bakes}
      />
    </StrictMode>
  );
  // An error boundary has shown its fallback: the reader is served, so it is a warning.
  const onCaughtError = (error: unknown) => console.warn('Caught and shown as a fallback:', error);
  if (!container.hasChildNodes()) {
    createRoot(container, { onCaughtError }).render(app);
    return;
  }
  // As a transition, hydration is time-sliced: React yields to the browser every few
  // milliseconds instead of blocking the main thread for the whole page.
  startTransition(() => {
    hydrateRoot(container, app, { onCaughtError });
  });
}
