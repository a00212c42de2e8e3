// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { pageHead } from '../../../src/app/pageHead';
import { renderHead } from '../../../src/app/renderHead';
import { matchRoute } from '../../../src/app/routes';

describe('pageHead', () => {
  it('makes canonical and preview URLs absolute when the site address is known', () => {
    const head = pageHead(matchRoute(''), '', 'en', '/aid/', 'https://example.org/aid/');
    expect(head.canonical).toBe('https://example.org/aid/');
    expect(head.image).toBe('https://example.org/aid/previews/dashboard-en.png');
    expect(head.index).toBe(true);
    expect(head.oembed.map((link) => link.href)).toEqual([
      'https://example.org/aid/embed/aid-totals/oembed.json',
      'https://example.org/aid/embed/drones/oembed.json',
      'https://example.org/aid/embed/timeline/oembed.json',
    ]);
  });

  it('shows a chart’s own picture, described in words, on its embed page, in its language', () => {
    const head = pageHead(
      matchRoute('embed/drones'),
      'de/embed/drones',
      'de',
      '/',
      'https://example.org/',
    );
    expect(head.image).toBe('https://example.org/previews/drones-de.png');
    expect(head.imageAlt).toMatch(/^537 .+\. .+/);
    expect(head.oembed).toEqual([
      {
        href: 'https://example.org/de/embed/drones/oembed.json',
        title: expect.stringMatching(/^537 /) as unknown as string,
      },
    ]);
  });

  it('titles the timeline’s embed page with how many events over which years', () => {
    const head = pageHead(matchRoute('embed/timeline'), 'embed/timeline', 'en', '/', null);
    expect(head.title).toBe(
      'Timeline: from NATO’s founding to the Wiesbaden command: 8 events, 1949–2024 · German military aid to Ukraine',
    );
    expect(head.description).toBe('8 events from 4 April 1949 to 12 July 2024.');
    const de = pageHead(matchRoute('embed/timeline'), 'de/embed/timeline', 'de', '/', null);
    expect(de.title).toMatch(/: 8 Ereignisse, 1949–2024 · /);
  });

  it('keeps URLs under the base and leaves canonical out without a site address', () => {
    const head = pageHead(matchRoute(''), '', 'en', '/aid/', null);
    expect(head.canonical).toBeNull();
    expect(head.image).toBe('/aid/previews/dashboard-en.png');
    expect(head.oembed[0]?.href).toBe('/aid/embed/aid-totals/oembed.json');
  });

  it('keeps the 404 page out of search results and names it in the title', () => {
    const head = pageHead(matchRoute('nope'), 'nope', 'en', '/', 'https://example.org/');
    expect(head.index).toBe(false);
    expect(head.canonical).toBeNull();
    expect(head.title).toMatch(/^Page not found · /);
  });
});

describe('renderHead', () => {
  const head = {
    title: 'A "quoted" <title> & more',
    description: 'd',
    canonical: 'https://example.org/?a=1&b=2',
    image: '/previews/dashboard-en.png',
    imageAlt: 'Chart: "a" & <b>',
    oembed: [{ href: '/embed/x/oembed.json?a=1&b=2', title: 'X "quoted"' }],
    index: false,
  };
  const html = renderHead(head, 'de');

  it('escapes every value', () => {
    expect(html).toContain('<title>A &quot;quoted&quot; &lt;title&gt; &amp; more</title>');
    expect(html).toContain('href="https://example.org/?a=1&amp;b=2"');
    expect(html).not.toContain('<title> &');
    expect(html).toContain('content="Chart: &quot;a&quot; &amp; &lt;b&gt;"');
  });

  it('points oEmbed consumers at each chart’s JSON', () => {
    expect(html).toContain(
      '<link rel="alternate" type="application/json+oembed" href="/embed/x/oembed.json?a=1&amp;b=2" title="X &quot;quoted&quot;" />',
    );
  });

  it('writes robots noindex, the locale and the large preview card', () => {
    expect(html).toContain('<meta name="robots" content="noindex" />');
    expect(html).toContain('<meta property="og:locale" content="de_DE" />');
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(html).toContain('<meta property="og:url" content="https://example.org/?a=1&amp;b=2" />');
  });
});
