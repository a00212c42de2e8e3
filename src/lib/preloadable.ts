import { createElement, lazy, useState, type ComponentType } from 'react';

export interface Preloadable<P> {
  /** Fetches the code; safe to call any number of times. */
  preload: () => Promise<unknown>;
  /** Renders the loaded component itself once its code is in, else a lazy wrapper that suspends. */
  Component: ComponentType<P>;
}

/**
 * A component loaded on demand that can be fetched ahead. Once fetched it renders directly:
 * through React.lazy it would suspend for a moment even then, and React holds a revealed
 * Suspense boundary back for up to 300 ms, which a reader would feel on the first tap.
 */
export function preloadable<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): Preloadable<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<{ default: ComponentType<P> }> | null = null;
  const preload = () =>
    (pending ??= load().then((module) => {
      loaded = module.default;
      return module;
    }));
  const Lazy = lazy(preload);
  function Component(props: P) {
    // The type an instance starts with, it keeps: switching from the lazy wrapper to the loaded
    // component on a later render would be a new type to React, which would unmount and remount
    // what it shows (a focused chart lost focus so).
    const [type] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return createElement(type, props);
  }
  return { preload, Component };
}
