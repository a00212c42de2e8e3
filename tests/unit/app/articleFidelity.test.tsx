import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { prepare, render, ROUTES } from '../../../src/entry-server';
import { buildSlides } from '../../../src/features/present/buildSlides';
import { SlideContent } from '../../../src/features/present/SlideContent';
import { slideNotes } from '../../../src/features/present/slideNotes';
import { translate } from '../../../src/lib/i18n/translate';
import type { Lang } from '../../../src/lib/locale';
import {
  articlePresent,
  isInArticle,
  normaliseQuotation,
  quotedPassages,
  statedDatesWithoutWords,
} from '../../support/articleText';

/**
 * What a fact-checker does with the article open beside the dashboard, over every page the build
 * prerenders and every slide of the deck, in both languages: whatever is shown as quotation is
 * the article's words, and every date the page calls stated has its words in the article.
 */
const LANGS: readonly Lang[] = ['en', 'de'];

// The pages as the build prerenders them: with the code it loads before rendering.
await prepare();

function parse(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
}

const pages = [...ROUTES, '404.html-not-found', 'de/404.html-not-found'].map((route) => ({
  name: `/${route}`,
  doc: parse(render(route, '/', null).html),
}));

const slides = LANGS.flatMap((lang) => {
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(lang, key, params);
  const ctx = { dataset, lang, currency: 'EUR' as const, t };
  return buildSlides(dataset).map((slide, i) => ({
    name: `${lang} slide ${i + 1} (${slide.id})`,
    doc: parse(
      renderToString(<SlideContent slide={slide} ctx={ctx} />) +
        // Speaker notes are read out to the room: their quotation counts as much as the slide's.
        slideNotes(slide, ctx)
          .map((note) => `<p>${note.replace(/</g, '&lt;')}</p>`)
          .join(''),
    ),
  }));
});

describe.skipIf(!articlePresent)('quotation and dates, page by page, against the article', () => {
  it('prerenders every route in both languages, and builds every slide', () => {
    expect(pages.length).toBe(ROUTES.length + 2);
    expect(slides.length).toBe(2 * buildSlides(dataset).length);
  });

  describe.each([...pages, ...slides])('$name', ({ doc }) => {
    it('holds only the article’s words inside quotation', () => {
      const foreign = quotedPassages(doc).filter((passage) => !isInArticle(passage));
      expect(foreign).toEqual([]);
    });

    it('gives the article’s words for each date it calls stated', () => {
      expect(statedDatesWithoutWords(doc)).toEqual([]);
    });
  });

  it('shows every quote whole, as the article words it, on the dashboard', () => {
    const dashboard = pages.find((p) => p.name === '/')?.doc;
    const blockquotes = [...(dashboard?.querySelectorAll('.quote-card blockquote') ?? [])];
    expect(blockquotes.map((b) => normaliseQuotation(b.textContent ?? ''))).toEqual(
      dataset.quotes.map((q) => normaliseQuotation(q.excerpt)),
    );
  });
});
