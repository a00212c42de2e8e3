/**
 * The oEmbed files, as the build writes them (entry-server's oembeds), and as WordPress keeps
 * their `html` (its filter, from tests/e2e/support/wordpress.ts).
 */
import { describe, expect, it } from 'vitest';
import { oembeds } from '../../../src/entry-server';
import measured from '../../../src/features/share/embedHeights.json';
import { wordPressFilter } from '../../e2e/support/wordpress';

const SITE = 'https://example.org/aid/';
const withSite = oembeds('/aid/', SITE);
const byFile = (file: string) => {
  const found = withSite.find((o) => o.file === file);
  if (!found) throw new Error(`no oEmbed file ${file}`);
  return found.json;
};

describe('oEmbed files', () => {
  it('one per chart and language, beside each embed page', () => {
    expect(withSite.map((o) => o.file)).toEqual([
      'embed/aid-totals/oembed.json',
      'embed/drones/oembed.json',
      'embed/timeline/oembed.json',
      'de/embed/aid-totals/oembed.json',
      'de/embed/drones/oembed.json',
      'de/embed/timeline/oembed.json',
    ]);
  });

  it('with SITE_URL, every address in them is absolute', () => {
    for (const { json } of withSite) {
      expect(json.provider_url).toBe(SITE);
      expect(json.thumbnail_url).toMatch(
        /^https:\/\/example\.org\/aid\/previews\/[a-z-]+-(en|de)\.png$/,
      );
      const addresses = [...json.html.matchAll(/(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
      expect(addresses).toHaveLength(3); // the fallback's link, the frame, the loader
      for (const address of addresses) expect(address).toMatch(/^https:\/\/example\.org\/aid\//);
    }
  });

  it('say the page’s measured size, the same in the JSON as on the iframe', () => {
    for (const [id, lang, file] of [
      ['aid-totals', 'en', 'embed/aid-totals/oembed.json'],
      ['timeline', 'de', 'de/embed/timeline/oembed.json'],
    ] as const) {
      const json = byFile(file);
      expect(json.width).toBe(640);
      expect(json.height).toBe(measured.heights[id][lang]);
      expect(json.html).toContain(`width="640" height="${json.height}"`);
      expect(json.html).not.toContain('style=');
    }
  });

  it('carry the chart’s picture as thumbnail, with its size', () => {
    const json = byFile('de/embed/drones/oembed.json');
    expect(json.thumbnail_url).toBe('https://example.org/aid/previews/drones-de.png');
    expect([json.thumbnail_width, json.thumbnail_height]).toEqual([1200, 630]);
  });

  it('begin with a fallback that links the chart and credits the source in plain words', () => {
    const json = byFile('embed/aid-totals/oembed.json');
    expect(json.html.startsWith('<blockquote data-german-aid-fallback><a href="')).toBe(true);
    expect(json.html).toContain(
      '<a href="https://example.org/aid/#chart-aid-totals">Aid provided and exports authorised: two different measures</a>. Source: Defense News, report by Linus Höller, July 2024.</blockquote>',
    );
    expect(byFile('de/embed/timeline/oembed.json').html).toContain(
      '<a href="https://example.org/aid/de/#timeline">',
    );
  });

  it('keep after WordPress’s filter the fallback, the frame at its size and its title', () => {
    const json = byFile('embed/drones/oembed.json');
    const kept = wordPressFilter(json.html, 'abcDEF1234');
    expect(kept).toBe(
      `<blockquote class="wp-embedded-content" data-secret="abcDEF1234"><a href="https://example.org/aid/#chart-drones">537 surveillance drones provided</a>. Source: Defense News, report by Linus Höller, July 2024.</blockquote>` +
        `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" style="position: absolute; clip: rect(1px, 1px, 1px, 1px);" src="https://example.org/aid/embed/drones/#?secret=abcDEF1234" data-secret="abcDEF1234" title="537 surveillance drones provided (German military aid to Ukraine, data from Defense News)" width="640" height="${json.height}" frameborder="0"></iframe>`,
    );
  });

  it('without SITE_URL, are written under the base path (the build says so)', () => {
    const [first] = oembeds('/aid/', null);
    expect(first?.json.provider_url).toBe('/aid/');
    expect(first?.json.html).toContain('src="/aid/embed/aid-totals/"');
  });
});
