import { useCallback } from 'react';
import type { MessageKey } from './i18n/en';
import { translate, type Params } from './i18n/translate';
import { useSettings } from './useSettings';

export type T = (key: MessageKey, params?: Params) => string;

/** The translator for the current language. */
export function useT(): T {
  const { lang } = useSettings();
  return useCallback((key, params) => translate(lang, key, params), [lang]);
}
