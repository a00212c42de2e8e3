import { describe, expect, it } from 'vitest';
import { autoplaySeconds } from '../../../src/features/present/autoplaySeconds';

describe('?autoplay= in whole seconds per slide', () => {
  it.each([
    [null, null],
    ['12', 12],
    [' 30 ', 30],
    ['', 12],
    ['fast', 12],
    ['0', 1],
    ['-4', 1],
    ['2.6', 3],
    ['1e9', 3600],
    ['Infinity', 12],
  ])('%j plays at %j', (raw, seconds) => {
    expect(autoplaySeconds(raw)).toBe(seconds);
  });
});
