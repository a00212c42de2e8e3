import { createContext } from 'react';

/**
 * Whether the page is past hydration (see HydrationPhase). Outside a HydrationPhase: false on the
 * server, which only ever writes the prerendered markup, and true in a browser, where a tree
 * rendered from scratch (the dev server, the offline file, component tests) has none to match.
 */
export const HydratedContext = createContext(typeof document !== 'undefined');
