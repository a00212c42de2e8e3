import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { SettingsContext, type Settings } from './SettingsContext';
import { serializeOptions, type Options } from './urlOptions';

interface Props {
  initial: Options;
  children: ReactNode;
}

/** Holds the view options; the initial value comes from the URL (or the prerender route). */
export function SettingsProvider({ initial, children }: Props) {
  const [options, setOptions] = useState<Options>(initial);

  const setOption = useCallback(<K extends keyof Options>(key: K, value: Options[K]) => {
    setOptions((prev) => ({ ...prev, [key]: value }));
  }, []);

  useEffect(() => {
    // replaceState, not pushState: flipping a switch should not fill the back button's history.
    const query = serializeOptions(options, window.location.search);
    const url = `${window.location.pathname}${query}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      window.history.replaceState(window.history.state, '', url);
    }
    const root = document.documentElement;
    root.lang = options.lang;
    if (options.theme === 'auto') delete root.dataset.theme;
    else root.dataset.theme = options.theme;
  }, [options]);

  const value = useMemo<Settings>(() => ({ ...options, setOption }), [options, setOption]);
  return <SettingsContext value={value}>{children}</SettingsContext>;
}
