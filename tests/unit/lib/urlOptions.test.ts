// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, parseOptions, serializeOptions } from '../../../src/lib/urlOptions';

describe('parseOptions', () => {
  it.each([
    ['', DEFAULT_OPTIONS],
    ['?currency=USD', { ...DEFAULT_OPTIONS, currency: 'USD' }],
    ['?currency=usd', { ...DEFAULT_OPTIONS, currency: 'USD' }],
    ['?currency=%20USD%20', { ...DEFAULT_OPTIONS, currency: 'USD' }],
    ['?lang=de&theme=dark', { lang: 'de', currency: 'EUR', theme: 'dark' }],
    ['?currency=GBP', DEFAULT_OPTIONS],
    ['?currency=', DEFAULT_OPTIONS],
    ['?lang=<script>alert(1)</script>', DEFAULT_OPTIONS],
    ['?theme=' + 'x'.repeat(10_000), DEFAULT_OPTIONS],
    ['?currency=USD&currency=EUR', { ...DEFAULT_OPTIONS, currency: 'USD' }],
    ['?%E0%A4%A=1&currency=USD', { ...DEFAULT_OPTIONS, currency: 'USD' }],
  ])('%s', (search, expected) => {
    expect(parseOptions(search)).toEqual(expected);
  });
});

describe('serializeOptions', () => {
  it('leaves defaults out so links stay short', () => {
    expect(serializeOptions(DEFAULT_OPTIONS)).toBe('');
  });

  it('writes non-defaults and keeps parameters it does not own', () => {
    expect(serializeOptions({ ...DEFAULT_OPTIONS, currency: 'USD' }, '?slide=3')).toBe(
      '?slide=3&currency=USD',
    );
  });

  it('round-trips through parseOptions', () => {
    const options = { lang: 'de', currency: 'USD', theme: 'light' } as const;
    expect(parseOptions(serializeOptions(options))).toEqual(options);
  });
});
