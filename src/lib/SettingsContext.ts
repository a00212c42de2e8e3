import { createContext } from 'react';
import { DEFAULT_OPTIONS, type Options } from './urlOptions';

export interface Settings extends Options {
  /** Changes one option and records it in the address so a shared link opens the same view. */
  setOption: <K extends keyof Options>(key: K, value: Options[K]) => void;
}

export const SettingsContext = createContext<Settings>({
  ...DEFAULT_OPTIONS,
  setOption: () => undefined,
});
