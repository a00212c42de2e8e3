import { createContext } from 'react';
import type { Bakes } from './bakeKey';

/**
 * The page's baked chart drawings: handed to the server renderer by the build, and read back
 * from the page by the client before it hydrates (captureBakes), so both render the same markup.
 */
export const BakesContext = createContext<Bakes>({});
