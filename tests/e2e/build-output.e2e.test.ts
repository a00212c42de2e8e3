/**
 * What `npm run build` writes, read as files (no browser): the prerendered HTML holds every figure,
 * quote and timeline event as plain text; the head carries what link previews and search engines
 * read; the first view stays inside its JavaScript budget. Not timed: sizes and text only.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { firstViewJs } from '../../scripts/firstViewJs';
import { dataset } from '../../src/data/dataset';
import { impliedUsdPerEur } from '../../src/data/selectors';
import { CHARTS } from '../../src/charts/registry';
import { figureValue } from '../../src/features/figures/figureValue';
import { embedHeight, embedSnippet } from '../../src/features/share/embedSnippet';
import { LANGS } from '../../src/lib/locale';
import { DEFAULT_OPTIONS } from '../../src/lib/urlOptions';
import { registerAllCatalogues } from '../../src/lib/i18n/registerAllCatalogues';
import { translate } from '../../src/lib/i18n/translate';
import { DIST_DIR } from './support/paths';

/** The budget for the JavaScript a first view needs, gzipped (docs/ARCHITECTURE.md, Budgets). */
const FIRST_VIEW_JS_BUDGET = 90 * 1024;

// Texts are compared as the app words them; the app fetches its catalogue, a test registers it.
registerAllCatalogues();

const read = (file: string) => readFileSync(join(DIST_DIR, file), 'utf8');

/** The text a reader (or a crawler) gets from the HTML alone: no tags, scripts or styles. */
function plainText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
/** An article passage as the page prints it: its quotation marks are drawn by `<q>`, not typed. */
const unmarked = (s: string) => squash(s.replace(/[“”]/g, ''));

describe('dist/index.html read as plain text', () => {
  const html = read('index.html');
  const text = plainText(html);
  const usdPerEur = impliedUsdPerEur(dataset);
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate('en', key, params);

  it.each(dataset.figures.map((f) => [f.id, f] as const))(
    'holds figure %s as its card shows it',
    (_id, figure) => {
      const value = figureValue(figure, { lang: 'en', currency: 'EUR', usdPerEur, t });
      expect(text).toContain(squash(value.main));
      for (const note of value.notes) expect(text).toContain(squash(note));
      expect(text).toContain(unmarked(figure.excerpt));
    },
  );

  it.each(dataset.quotes.map((q) => [q.id, q] as const))(
    'holds quote %s word for word',
    (_id, quote) => {
      expect(text).toContain(unmarked(quote.excerpt));
    },
  );

  it.each(dataset.timeline.map((e) => [e.id, e] as const))(
    'holds timeline event %s',
    (_id, event) => {
      expect(text).toContain(squash(event.title.en));
    },
  );

  it('holds each chart’s data as a table', () => {
    const tables = html.match(/<figure\b[^>]*class="chart-frame[\s\S]*?<\/figure>/g) ?? [];
    expect(tables).toHaveLength(2);
    for (const frame of tables) expect(frame).toMatch(/<table\b[\s\S]*?<td/);
    // Hidden, and not laid out ahead (Tabs.css): the page lays a table out in the frame after its
    // chart comes into view, never in the first paint nor in the frame that brings the chart in.
    expect(html).not.toMatch(/class="tabs-panel tabs-panel-ahead"/);
  });

  it('needs no request to paint: styles and icon inline, the one script asked for first', () => {
    expect(html).not.toMatch(/<link rel="stylesheet"/);
    expect(html).toMatch(/<style>[^<]{1000,}<\/style>/);
    expect(html).toMatch(/<link rel="icon" href="data:image\/png;base64,/);
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/type="module"/);
    // First in <head>, yet under the CSP that governs it (a meta CSP only covers what follows).
    const script = html.indexOf('<script');
    expect(script).toBeGreaterThan(html.indexOf('http-equiv="Content-Security-Policy"'));
    expect(script).toBeLessThan(html.indexOf('<title>'));
    expect(script).toBeLessThan(html.indexOf('<style>'));
  });

  it('has one title, a description and preview tags', () => {
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html).toContain('<title>German military aid to Ukraine</title>');
    expect(html).toMatch(/<meta name="description" content="[^"]{50,}"/);
    for (const tag of ['og:title', 'og:description', 'og:image', 'og:type']) {
      expect(html).toContain(`<meta property="${tag}"`);
    }
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image"');
    expect(html).not.toContain('noindex');
    expect(html).toMatch(/<html lang="en"/);
  });
});

describe('each page’s inlined styles', () => {
  /** The one <style> block of a built page. */
  const styles = (file: string) => {
    const blocks = read(file).match(/<style>[\s\S]*?<\/style>/g) ?? [];
    expect(blocks, `${file}: one style block`).toHaveLength(1);
    return blocks[0] ?? '';
  };
  // A rule each view's own stylesheet holds (src/app/*View.css, the deck's beside it).
  const OWN_RULES = {
    deck: '.slide-stage{',
    embed: '.embed-credit{',
    embedIndex: '.embed-preview{',
    notFound: '.not-found{',
  };

  it.each([
    ['index.html', []],
    ['de/index.html', []],
    ['present/index.html', ['deck']],
    // An embed of a chart that is not there shows the 404 view in its place.
    ['embed/aid-totals/index.html', ['embed', 'notFound']],
    ['embed/index.html', ['embedIndex']],
    ['404.html', ['notFound']],
  ] as const)('%s has the global styles, its view’s, and no other view’s', (file, own) => {
    const css = styles(file);
    // Global (src/styles): tokens, base, the shared button; and the dashboard's, which every
    // view's app comes with (the header and language switch are on every page).
    for (const rule of ['--paper:', '.wrap{', '.button{', '.figure-card{', '.chart-frame{']) {
      expect(css, `${file} has ${rule}`).toContain(rule);
    }
    for (const [view, rule] of Object.entries(OWN_RULES)) {
      const mine = (own as readonly string[]).includes(view);
      expect(css.includes(rule), `${file} ${mine ? 'has' : 'lacks'} ${rule}`).toBe(mine);
    }
  });

  it('lazily shown parts come styled: the Embed dialog, the citation, a chart’s tooltip', () => {
    const css = styles('index.html');
    for (const rule of ['.dialog{', '.code-box ', '.cite{', '.chart-tooltip{', '.bake-tooltip{']) {
      expect(css).toContain(rule);
    }
  });
});

describe('the static files beside the pages', () => {
  it.each([
    ['404.html', 'en', 'Page not found', '/de/'],
    ['de/404.html', 'de', 'Seite nicht gefunden', '/'],
  ])(
    '%s is prerendered in its language and kept out of search results',
    (file, lang, title, otherLanguage) => {
      const html = read(file);
      expect(html).toContain(`<html lang="${lang}"`);
      expect(plainText(html)).toContain(title);
      expect(html).toContain('<meta name="robots" content="noindex"');
      // One page answers every missing path: its language link goes to the other home page.
      expect(html).toMatch(new RegExp(`class="lang-link" href="${otherLanguage}"`));
    },
  );

  it('notes the options it was built with, for the server that previews it', () => {
    expect(JSON.parse(read('.vite/build-options.json'))).toEqual({ base: '/', siteUrl: null });
  });

  it('robots.txt allows crawling', () => {
    expect(read('robots.txt')).toMatch(/User-agent: \*\s+Allow: \//);
  });

  it('draws a 1200×630 preview picture per chart, page and language, each its own and whole', () => {
    const names = [...CHARTS.map((c) => c.id), 'dashboard', 'present'];
    const digests = new Set<string>();
    for (const lang of LANGS) {
      for (const name of names) {
        const png = readFileSync(join(DIST_DIR, 'previews', `${name}-${lang}.png`));
        expect(decodedPngSize(png), `${name}-${lang}`).toEqual({ width: 1200, height: 630 });
        digests.add(createHash('sha256').update(png).digest('hex'));
      }
    }
    expect(digests.size).toBe(names.length * LANGS.length);
  });

  it('favicon.svg is there for those who link it', () => {
    expect(existsSync(join(DIST_DIR, 'favicon.svg'))).toBe(true);
  });

  // A PNG, not the SVG: Chromium reads the icon again after each change of address (a currency,
  // a tab, a slide), and an SVG icon costs a whole document on the main thread each time.
  it('inlines the icon as a 32 px PNG of favicon.svg’s drawing', () => {
    const [, base64 = ''] =
      /<link rel="icon" href="data:image\/png;base64,([^"]+)" type="image\/png" sizes="32x32"/.exec(
        read('index.html'),
      ) ?? [];
    const icon = PNG.sync.read(Buffer.from(base64, 'base64'));
    expect([icon.width, icon.height]).toEqual([32, 32]);
    const rgba = (x: number, y: number) => [
      ...icon.data.subarray((y * 32 + x) * 4, (y * 32 + x) * 4 + 4),
    ];
    // The dark rounded square (#161616), its corner cut away, and the blue bar (#56b4e9).
    expect(rgba(3, 3)).toEqual([0x16, 0x16, 0x16, 255]);
    expect(rgba(0, 0)[3]).toBeLessThan(128);
    expect(rgba(10, 20)).toEqual([0x56, 0xb4, 0xe9, 255]);
  });
});

/**
 * A PNG's size, after inflating its image data and checking it holds every row: proof that it
 * decodes, without an image library.
 */
function decodedPngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  const idat: Buffer[] = [];
  let width = 0;
  let height = 0;
  let bytesPerPixel = 0;
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.subarray(at + 4, at + 8).toString('latin1');
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const channels: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };
      bytesPerPixel = ((channels[data[9] ?? 0] ?? 0) * (data[8] ?? 8)) / 8;
    }
    if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  // Each row is a filter byte, then its pixels.
  expect(inflateSync(Buffer.concat(idat)).length).toBe(height * (1 + width * bytesPerPixel));
  return { width, height };
}

describe('oEmbed and link previews', () => {
  for (const lang of LANGS) {
    for (const spec of CHARTS) {
      const prefix = lang === 'en' ? '' : `${lang}/`;
      const page = `${prefix}embed/${spec.id}/index.html`;

      it(`${page} points to its oEmbed JSON and its own picture`, () => {
        const html = read(page);
        expect(html).toContain(
          `<link rel="alternate" type="application/json+oembed" href="/${prefix}embed/${spec.id}/oembed.json"`,
        );
        expect(html).toContain(
          `<meta property="og:image" content="/previews/${spec.id}-${lang}.png" />`,
        );
        expect(html).toContain(
          `<meta name="twitter:image" content="/previews/${spec.id}-${lang}.png" />`,
        );
        expect(html).toMatch(/<meta property="og:image:alt" content="[^"]{20,}" \/>/);
      });

      it(`${prefix}embed/${spec.id}/oembed.json is a rich oEmbed: a fallback, then the Embed dialog's frame at the page's size, and its loader`, () => {
        const json = JSON.parse(read(`${prefix}embed/${spec.id}/oembed.json`)) as Record<
          string,
          unknown
        >;
        const title = translate(lang, spec.titleKey);
        expect(json).toMatchObject({
          version: '1.0',
          type: 'rich',
          title,
          provider_name: translate(lang, 'site.title'),
          provider_url: '/',
          author_name: 'Linus Höller, Defense News',
          width: 640,
          height: embedHeight(spec.id, lang),
          thumbnail_url: `/previews/${spec.id}-${lang}.png`,
          thumbnail_width: 1200,
          thumbnail_height: 630,
        });
        const [fallback, frame, loader] = String(json.html).split('\n');
        const [dialogFrame, dialogLoader] = embedSnippet(
          '/',
          spec,
          translate(lang, 'embed.iframeTitle', { title }),
          { ...DEFAULT_OPTIONS, lang },
        ).split('\n');
        expect(fallback).toMatch(/^<blockquote data-german-aid-fallback><a href="\/[^"]*#[\w-]+">/);
        // The dialog's frame without its style, which WordPress would drop anyway.
        expect(frame).toBe(dialogFrame?.replace(' style="width: 100%; border: 0;"', ''));
        expect(loader).toBe(dialogLoader);
      });
    }

    it(`the ${lang} dashboard offers every chart's oEmbed`, () => {
      const html = read(lang === 'en' ? 'index.html' : `${lang}/index.html`);
      const links = html.match(/<link rel="alternate" type="application\/json\+oembed"[^>]*>/g);
      expect(links).toHaveLength(CHARTS.length);
    });
  }
});

describe('first-view JavaScript', () => {
  const total = (lang: string) =>
    firstViewJs(DIST_DIR, lang).reduce((sum, s) => sum + s.gzipBytes, 0);

  it.each(['en', 'de'])(
    `stays within ${FIRST_VIEW_JS_BUDGET / 1024} KB gzipped in %s (entry, app, imports, catalogue)`,
    (lang) => {
      const list = firstViewJs(DIST_DIR, lang)
        .map((s) => `${s.file} ${(s.gzipBytes / 1024).toFixed(1)} KB`)
        .join(', ');
      expect(total(lang), `first-view scripts: ${list}`).toBeLessThanOrEqual(FIRST_VIEW_JS_BUDGET);
    },
  );

  it('gives each edition its own catalogue: English pages carry no German, German no English', () => {
    const manifest = JSON.parse(read('.vite/manifest.json')) as Record<string, { file: string }>;
    for (const [lang, other] of [
      ['en', 'de'],
      ['de', 'en'],
    ] as const) {
      const own = manifest[`src/lib/i18n/${lang}.ts`]?.file;
      const foreign = manifest[`src/lib/i18n/${other}.ts`]?.file;
      expect(own, `the ${lang} catalogue is its own chunk`).toBeDefined();
      const files = firstViewJs(DIST_DIR, lang).map((s) => s.file);
      expect(files).toContain(own);
      expect(files).not.toContain(foreign);
      const page = read(lang === 'en' ? 'index.html' : 'de/index.html');
      expect(page).toContain(`data-catalogue="/${own}"`);
    }
  });

  it('counts React and the app (not only the tiny entry), but not the Recharts chunks', () => {
    const scripts = firstViewJs(DIST_DIR);
    expect(scripts.some((s) => /client-/.test(s.file))).toBe(true);
    expect(total('en')).toBeGreaterThan(40 * 1024);
    expect(scripts.some((s) => /(AidTotalsChart|DronesChart)-/.test(s.file))).toBe(false);
  });
});
