import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyLinkedLook, linkNeedsApp } from '../../../src/boot/linkedLook';
import { parseOptions } from '../../../src/lib/urlOptions';

/** What the boot script sets on <html> for a query. */
function look(search: string) {
  const root = document.createElement('html');
  applyLinkedLook(search, root);
  return {
    currency: root.dataset.currency ?? 'EUR',
    theme: root.dataset.theme ?? 'auto',
    transparent: 'transparent' in root.dataset,
  };
}

/** Values a reader or a mangled link might put in the query. */
const value = fc.oneof(
  fc.constantFrom('usd', 'USD', ' Usd ', 'eur', 'dark', 'LIGHT', ' light', 'auto', 'x'),
  fc.constantFrom('1', 'true', 'yes', ' yes ', '0', 'no', 'TRUE', ''),
  fc.string({ maxLength: 6 }),
);
const query = fc
  .array(fc.tuple(fc.constantFrom('currency', 'theme', 'transparent', 'lang', 'tab'), value), {
    maxLength: 4,
  })
  .map((pairs) => `?${new URLSearchParams(pairs).toString()}`);

describe('applyLinkedLook', () => {
  it('sets dollars, a forced theme and a transparent background from the link', () => {
    expect(look('?currency=usd&theme=dark&transparent=1')).toEqual({
      currency: 'USD',
      theme: 'dark',
      transparent: true,
    });
    expect(look('')).toEqual({ currency: 'EUR', theme: 'auto', transparent: false });
  });

  it('reads every query exactly as the app does (parseOptions)', () => {
    fc.assert(
      fc.property(query, (search) => {
        const { currency, theme, transparent } = parseOptions(search);
        expect(look(search)).toEqual({ currency, theme, transparent });
      }),
    );
  });
});

describe('linkNeedsApp', () => {
  it('asks for the app when the link wants another language, a tab or dollars', () => {
    expect(linkNeedsApp('?lang=de')).toBe(true);
    expect(linkNeedsApp('?tab=table')).toBe(true);
    expect(linkNeedsApp('?currency=USD')).toBe(true);
  });

  it('asks for the app when a timeline embed’s link chooses months', () => {
    expect(linkNeedsApp('?from=2024-01&to=2024-07')).toBe(true);
    expect(linkNeedsApp('?to=2025-12')).toBe(true);
  });

  it('leaves the look-only options to the boot script', () => {
    expect(linkNeedsApp('')).toBe(false);
    expect(linkNeedsApp('?theme=dark&transparent=1&currency=EUR')).toBe(false);
  });

  it('asks for the app whenever the app would show dollars', () => {
    fc.assert(
      fc.property(query, (search) => {
        if (parseOptions(search).currency === 'USD') expect(linkNeedsApp(search)).toBe(true);
      }),
    );
  });
});
