// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import {
  buildSlides,
  EVENTS_PER_SLIDE,
  slideIndex,
} from '../../../src/features/present/buildSlides';
import { slideTitle } from '../../../src/features/present/slideTitle';
import { growDataset } from '../../../scripts/growDataset';
import { selectTimeline } from '../../../src/data/selectors';
import { chartContext } from '../../support/chartContext';

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

  describe('as the story grows to 50 times its events and quotes', () => {
    const grown = growDataset(dataset, 50);
    const deck = buildSlides(grown);

    it('gives a slide to the five quotes the article leads with, not to each of 250', () => {
      const quotes = deck.filter((s) => s.kind === 'quote');
      expect(quotes.map((s) => s.id)).toEqual(dataset.quotes.map((q) => `quote-${q.id}`));
    });

    it('gives a slide to the quotes the data marks, where it marks any', () => {
      const marked = {
        ...grown,
        quotes: grown.quotes.map((q, i) => (i === 7 || i === 200 ? { ...q, slide: true } : q)),
      };
      const ids = buildSlides(marked)
        .filter((s) => s.kind === 'quote')
        .map((s) => s.id);
      expect(ids).toEqual([`quote-${grown.quotes[7]?.id}`, `quote-${grown.quotes[200]?.id}`]);
    });

    it('spreads the timeline over as many slides as it needs, every event once, in date order', () => {
      const pages = deck.flatMap((s) => (s.kind === 'timeline' ? [s] : []));
      expect(pages).toHaveLength(Math.ceil(grown.timeline.length / EVENTS_PER_SLIDE));
      expect(pages.flatMap((p) => p.events)).toEqual(selectTimeline(grown));
      for (const page of pages) expect(page.events.length).toBeLessThanOrEqual(EVENTS_PER_SLIDE);
      expect(new Set(deck.map((s) => s.id)).size).toBe(deck.length);
      const ctx = { ...chartContext(), dataset: grown };
      expect(pages.slice(0, 2).map((p) => slideTitle(p, ctx))).toEqual([
        `Timeline (1 of ${pages.length})`,
        `Timeline (2 of ${pages.length})`,
      ]);
      expect(deck.at(-1)?.id).toBe('sources');
    });
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
