import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { SettingsContext, type Settings } from './SettingsContext';
import { showCurrency } from './showCurrency';
import { useHydrated } from './useHydrated';
import { DEFAULT_OPTIONS, serializeOptions, type Options } from './urlOptions';

interface Props {
  /** The options asked for in the URL. */
  initial: Options;
  /** The options the prerendered HTML was built with; used until hydration is done. */
  prerendered?: Options;
  children: ReactNode;
}

/**
 * Holds the view options. While React hydrates it renders with the options of the prerendered
 * HTML, so the markup matches; straight after, the URL's options take over.
 */
export function SettingsProvider({ initial, prerendered = DEFAULT_OPTIONS, children }: Props) {
  const [chosen, setOptions] = useState<Options>(initial);
  const hydrated = useHydrated();
  // Past hydration the URL's options are shown; where they are the prerendered ones (most
  // pages), the same object stays, so the tree does not re-render for nothing as the app wakes.
  const options =
    hydrated && JSON.stringify(chosen) !== JSON.stringify(prerendered) ? chosen : prerendered;

  const setOption = useCallback(<K extends keyof Options>(key: K, value: Options[K]) => {
    setOptions((prev) => ({ ...prev, [key]: value }));
  }, []);

  // Baked charts show the drawing in the chosen currency by this attribute (BakedChart); the boot
  // script sets it from the URL before React is here, and from then on it follows the choice.
  useEffect(() => {
    if (hydrated) showCurrency(options.currency);
  }, [hydrated, options.currency]);

  useEffect(() => {
    if (!hydrated) return;
    // replaceState, not pushState: flipping a switch should not fill the back button's history.
    const query = serializeOptions(options, window.location.search, {
      ...DEFAULT_OPTIONS,
      lang: prerendered.lang,
    });
    const url = `${window.location.pathname}${query}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      window.history.replaceState(window.history.state, '', url);
    }
    const root = document.documentElement;
    root.lang = options.lang;
    if (options.theme === 'auto') delete root.dataset.theme;
    else root.dataset.theme = options.theme;
    if (options.transparent) root.dataset.transparent = '';
    else delete root.dataset.transparent;
  }, [hydrated, options, prerendered.lang]);

  const value = useMemo<Settings>(() => ({ ...options, setOption }), [options, setOption]);
  return <SettingsContext value={value}>{children}</SettingsContext>;
}
