// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/charts/toCsv';

describe('toCsv', () => {
  it.each([
    ['plain', 'plain'],
    ['with, comma', '"with, comma"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    [10200000000, '10200000000'],
    [-5, '-5'],
    [Number.NaN, ''],
    [Number.POSITIVE_INFINITY, ''],
  ])('writes %j as %s', (value, expected) => {
    expect(toCsv({ columns: ['a'], rows: [[value]] })).toBe(`\ufeffa\r\n${expected}\r\n`);
  });

  it('joins columns with commas and rows with CRLF', () => {
    expect(
      toCsv({
        columns: ['a', 'b'],
        rows: [
          ['x', 1],
          ['y', 2],
        ],
      }),
    ).toBe('\ufeffa,b\r\nx,1\r\ny,2\r\n');
  });
});
