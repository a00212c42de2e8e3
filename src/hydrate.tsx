import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadView } from './app/loadView';
import { captureBakes } from './charts/captureBakes';
import { loadDataset } from './data/loadDataset';
import { loadCatalogue, loadDeckCatalogue, loadLaterCatalogue } from './lib/i18n/loadCatalogue';
import { matchRoute, pathForSwitch, splitLang } from './app/routes';
import { CHART_TABS, CURRENCIES, LANGS, type ChartTab, type Currency } from './lib/locale';
import { DEFAULT_OPTIONS, parseOptions, type Options, type TabChoice } from './lib/urlOptions';

/**
 * The tabs the reader chose on the page before the app woke up (src/boot/answerBeforeApp.ts):
 * the app hydrates with them, so the page stays as the reader left it.
 */
function tabsChosenBeforeApp(container: HTMLElement): TabChoice {
  const tabs: Record<string, ChartTab> = {};
  for (const figure of container.querySelectorAll<HTMLElement>('figure[data-chart]')) {
    const picked = figure.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]');
    const tab = CHART_TABS.find((t) => t === picked?.dataset.tab);
    if (figure.dataset.chart && tab && tab !== 'chart') tabs[figure.dataset.chart] = tab;
  }
  return tabs;
}

/** The button tapped before the app was here (answerBeforeApp), to be tapped again once it is. */
function takeClickBeforeApp(container: HTMLElement): HTMLElement | null {
  const button = container.querySelector<HTMLElement>('[data-clicked-before-app]');
  // Taken off before hydrating, so the markup is the prerendered one again.
  button?.removeAttribute('data-clicked-before-app');
  return button;
}

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
  // A 404 page is prerendered once per language for every missing path: the host may have
  // answered a German path with the English one (it knows only 404.html), so the page says.
  const pageLang = LANGS.find((l) => l === document.documentElement.lang) ?? 'en';
  const prerendered: Options = {
    ...DEFAULT_OPTIONS,
    lang: route.name === 'not-found' ? pageLang : lang,
  };
  // The path names the language unless the query does (?lang=en on a German page).
  const asked = new URLSearchParams(window.location.search).get('lang')?.trim().toLowerCase();
  const shownLang = LANGS.find((l) => l === asked) ?? lang;
  // The view's code must be here before hydrating, or React would throw the HTML away.
  const [View, dataset] = await Promise.all([
    loadView(route),
    loadDataset([prerendered.lang, shownLang]),
    loadCatalogue(prerendered.lang),
    loadCatalogue(shownLang),
    // The deck's words come with the deck (both languages: it hydrates in one, shows the other).
    ...(route.name === 'present'
      ? [loadDeckCatalogue(prerendered.lang), loadDeckCatalogue(shownLang)]
      : []),
    // The embed pages cite their chart, the index shows embed code, the deck the method, the
    // 404 page its own words; the dashboard fetches them with its later parts.
    ...(route.name !== 'dashboard' ? [loadLaterCatalogue([prerendered.lang, shownLang])] : []),
  ]);
  // Read last, just before hydrating: what the reader chose on the page while the app was on its
  // way (a currency, a tab) is part of the page React hydrates, and stays chosen.
  const options: Options = { ...chosenOptions(container), lang: shownLang };
  const earlyTabs = tabsChosenBeforeApp(container);
  if (Object.keys(earlyTabs).length > 0) {
    prerendered.tabs = earlyTabs;
    options.tabs = { ...options.tabs, ...earlyTabs };
  }
  // Read before React touches the page: the client renders the drawings the build baked into it.
  const bakes = captureBakes(container);
  const hydrating = container.hasChildNodes();
  const app = (
    <StrictMode>
      <App
        route={route}
        View={View}
        dataset={dataset}
        options={options}
        prerendered={prerendered}
        base={base}
        path={pathForSwitch(route, page)}
        bakes={bakes}
        hydrating={hydrating}
      />
    </StrictMode>
  );
  // An error boundary has shown its fallback: the reader is served, so it is a warning.
  const onCaughtError = (error: unknown) => console.warn('Caught and shown as a fallback:', error);
  if (!hydrating) {
    createRoot(container, { onCaughtError }).render(app);
    return;
  }
  // From here React answers the page (answerBeforeApp stands down).
  container.dataset.awake = '';
  const tapped = takeClickBeforeApp(container);
  // As a transition, hydration is time-sliced: React yields to the browser every few
  // milliseconds instead of blocking the main thread for the whole page.
  startTransition(() => {
    hydrateRoot(container, app, { onCaughtError });
  });
  // A tap that came before the app is answered now: React hydrates what it lands on at once and
  // runs its handler (React replays discrete events that reach a page still hydrating).
  tapped?.click();
}
