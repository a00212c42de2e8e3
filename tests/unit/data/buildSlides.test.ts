// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { buildSlides, slideIndex } from '../../../src/features/present/buildSlides';

describe('buildSlides', () => {
  const slides = buildSlides(dataset);

  it('makes a title, each headline figure, the charts, each quote, the timeline and sources', () => {
    expect(slides.map((s) => s.id)).toEqual([
      'title',
      'figure-aid-provided',
      'figure-exports-authorised-2024',
      'figure-drones-provided',
      'figure-patriot-systems',
      'figure-wiesbaden-staff',
      'figure-czech-initiative-rounds',
      'chart-aid-totals',
      'chart-drones',
      ...dataset.quotes.map((q) => `quote-${q.id}`),
      'timeline',
      'sources',
    ]);
  });
});

describe('slideIndex', () => {
  it.each([
    [null, 0],
    ['', 0],
    ['1', 0],
    ['3', 2],
    [' 16 ', 15],
    ['17', 15],
    ['99999999999999999999', 15],
    ['0', 0],
    ['-4', 0],
    ['2.9', 1],
    ['abc', 0],
    ['<script>', 0],
  ])('?slide=%s opens slide index %i of 16', (raw, expected) => {
    expect(slideIndex(raw, 16)).toBe(expected);
  });
});
