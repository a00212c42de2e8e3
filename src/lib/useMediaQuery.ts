import { useCallback, useSyncExternalStore } from 'react';

/** matchMedia where there is one (jsdom in the component tests has none). */
function media(query: string): MediaQueryList | null {
  return typeof window.matchMedia === 'function' ? window.matchMedia(query) : null;
}

/**
 * Whether a CSS media query matches, kept up to date as the window changes. False where there is
 * no window (the prerender), so the first render agrees with the prerendered page, and the CSS
 * for the same query has already laid the page out before any script.
 */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (changed: () => void) => {
      const list = media(query);
      list?.addEventListener('change', changed);
      return () => list?.removeEventListener('change', changed);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => media(query)?.matches ?? false,
    () => false,
  );
}
