import { useContext } from 'react';
import { SettingsContext, type Settings } from './SettingsContext';

export function useSettings(): Settings {
  return useContext(SettingsContext);
}
