import { useContext } from 'react';
import { HydratedContext } from './HydratedContext';

/**
 * False while the server renders and during hydration, true afterwards (see HydrationPhase). Lets
 * a component render the prerendered HTML first and add browser-only content (charts, the
 * current URL) after, without a hydration mismatch.
 */
export function useHydrated(): boolean {
  return useContext(HydratedContext);
}
