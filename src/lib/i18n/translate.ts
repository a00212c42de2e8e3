import type { Lang } from '../locale';
import { en, type MessageKey, type Messages } from './en';

const catalogues: Record<Lang, Messages> = { en, de: en };

export type Params = Readonly<Record<string, string | number>>;

/**
 * Looks a message up and fills its `{name}` slots. A slot without a value stays visible as
 * `{name}` so a missing parameter shows up in review instead of silently vanishing.
 */
export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
  const template = catalogues[lang][key];
  return template.replace(/\{(\w+)\}/g, (slot, name: string) =>
    name in params ? String(params[name]) : slot,
  );
}
