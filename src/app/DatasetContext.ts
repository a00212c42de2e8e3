import { createContext, useContext } from 'react';
import type { Dataset } from '../data/schema';

/**
 * The dataset the page shows, given by App: the whole of it on the server and in the offline
 * file, and in the browser only the texts of the language(s) on screen (src/data/loadDataset.ts),
 * so an edition does not download the other one's words.
 */
export const DatasetContext = createContext<Dataset | null>(null);

export function useDataset(): Dataset {
  const dataset = useContext(DatasetContext);
  if (!dataset) throw new Error('no dataset: render views inside <App dataset={…}>');
  return dataset;
}
