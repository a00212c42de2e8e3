import { Suspense, type ComponentType } from 'react';
import { withLaterWords } from './i18n/loadCatalogue';
import { preloadable } from './preloadable';

/**
 * A part of a page that hydrates after the first view: its code and its words (en.later.ts) are
 * fetched together, as the app hydrates rather than in the page's first request. The prerendered
 * page has the part already (the prerender awaits `preload` first); until its code is in, React
 * keeps that HTML as it is (Suspense with no fallback).
 */
export function laterPart<P extends object>(load: () => Promise<ComponentType<P>>) {
  const part = preloadable<P>(async () => ({ default: await withLaterWords(load()) }));
  function Later(props: P) {
    return (
      <Suspense fallback={null}>
        <part.Component {...props} />
      </Suspense>
    );
  }
  return { Later, preload: part.preload };
}
