// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { wordPressSecret } from '../../../src/boot/wordPressSecret';

describe('wordPressSecret', () => {
  it.each([
    ['#?secret=Wp7secretA', 'Wp7secretA'],
    ['#secret=abc123', 'abc123'],
    ['#?x=1&secret=abc123', 'abc123'],
    ['#?secret=abc123&x=1', 'abc123'],
  ])('reads %s', (hash, secret) => {
    expect(wordPressSecret(hash)).toBe(secret);
  });

  it.each(['', '#', '#?secret=', '#?secret=a"b', '#?secret=<x>', '#?mysecret=abc', '#chart'])(
    'finds no secret in %j (wp-embed takes letters and digits only)',
    (hash) => {
      expect(wordPressSecret(hash)).toBeNull();
    },
  );
});
