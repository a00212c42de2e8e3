// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_OPTIONS,
  parseOptions,
  serializeOptions,
  tabFor,
  type Options,
} from '../../../src/lib/urlOptions';

describe('parseOptions', () => {
  it.each([
    ['', DEFAULT_OPTIONS],
    ['?currency=USD', { ...DEFAULT_OPTIONS, currency: 'USD' }],
    ['?currency=usd', { ...DEFAULT_OPTIONS, currency: 'USD' }],
    ['?currency=%20USD%20', { ...DEFAULT_OPTIONS, currency: 'USD' }],
    ['?lang=de&theme=dark', { ...DEFAULT_OPTIONS, lang: 'de', theme: 'dark' }],
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
    const options: Options = {
      lang: 'de',
      currency: 'USD',
      theme: 'light',
      transparent: true,
      tabs: { 'aid-totals': 'table', drones: 'sources' },
    };
    const query = serializeOptions(options);
    expect(query).toBe(
      '?lang=de&currency=USD&theme=light&transparent=1&tab=aid-totals:table,drones:sources',
    );
    expect(parseOptions(query)).toEqual(options);
  });

  it('leaves the chart tab out: it is the default', () => {
    expect(serializeOptions({ ...DEFAULT_OPTIONS, tabs: { drones: 'chart' } })).toBe('');
  });
});

describe('the tab and transparent options', () => {
  it.each([
    ['?tab=table', { '*': 'table' }],
    ['?tab=aid-totals:table', { 'aid-totals': 'table' }],
    ['?tab=aid-totals:TABLE, drones:sources', { 'aid-totals': 'table', drones: 'sources' }],
    ['?tab=chart', {}],
    ['?tab=aid-totals:pie', {}],
    ['?tab=__proto__:table', {}],
    ['?tab=a:b:table', {}],
    ['?tab=<img src=x onerror=alert(1)>:table', {}],
    ['?tab=' + 'x-'.repeat(5000) + 'y:table', {}],
    ['?tab=' + Array.from({ length: 50 }, (_, i) => `c${i}:table`).join(','), null],
  ])('%s', (search, expected) => {
    const { tabs } = parseOptions(search);
    if (expected) expect(tabs).toEqual(expected);
    else expect(Object.keys(tabs)).toHaveLength(12);
    expect(Object.getPrototypeOf(tabs)).toBe(Object.prototype);
  });

  it('picks a chart’s own tab before the page-wide one', () => {
    expect(tabFor({ '*': 'table', drones: 'sources' }, 'drones')).toBe('sources');
    expect(tabFor({ '*': 'table' }, 'aid-totals')).toBe('table');
    expect(tabFor({}, 'aid-totals')).toBe('chart');
  });

  it.each([
    ['?transparent=1', true],
    ['?transparent=true', true],
    ['?transparent=0', false],
    ['?transparent=<b>', false],
    ['', false],
  ])('transparent from %s is %s', (search, expected) => {
    expect(parseOptions(search).transparent).toBe(expected);
  });
});
