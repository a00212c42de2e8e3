import { startTransition, useEffect, useState, type ReactNode } from 'react';
import { HydratedContext } from './HydratedContext';

/**
 * Tells the tree when hydration is over, so components can render the prerendered markup first
 * and add what only the browser knows after. The switch is a transition: the components that
 * change re-render in slices the browser can interrupt, not as one long task straight after
 * hydrating (useSyncExternalStore's server snapshot forces a synchronous re-render, ≈ 120 ms of
 * blocked main thread on a 4× slowed CPU for this page).
 */
export function HydrationPhase({
  hydrating,
  children,
}: {
  /** True on the server and when hydrating prerendered HTML; false when React renders afresh. */
  hydrating: boolean;
  children: ReactNode;
}) {
  const [hydrated, setHydrated] = useState(!hydrating);
  useEffect(() => {
    if (!hydrated) startTransition(() => setHydrated(true));
  }, [hydrated]);
  return <HydratedContext value={hydrated}>{children}</HydratedContext>;
}
