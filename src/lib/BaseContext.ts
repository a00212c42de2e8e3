import { createContext, useContext } from 'react';

/** The site's base path ("/" or a sub-path such as "/aid/"), for links and embed codes. */
export const BaseContext = createContext('/');

export function useBase(): string {
  return useContext(BaseContext);
}
