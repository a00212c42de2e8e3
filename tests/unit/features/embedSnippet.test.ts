// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { aidTotalsSpec } from '../../../src/charts/aidTotalsSpec';
import { timelineSpec } from '../../../src/charts/timelineSpec';
import measured from '../../../src/features/share/embedHeights.json';
import {
  EMBED_WIDTH,
  embedHeight,
  embedSnippet,
  embedUrl,
} from '../../../src/features/share/embedSnippet';
import { DEFAULT_OPTIONS } from '../../../src/lib/urlOptions';

const SITE = 'https://example.org/aid/';

describe('embedSnippet', () => {
  it('is an iframe sized by attributes at the page’s measured height, plus the loader', () => {
    const code = embedSnippet(SITE, aidTotalsSpec, 'Aid "totals" <chart>', DEFAULT_OPTIONS);
    const height = measured.heights['aid-totals'].en;
    expect(code).toBe(
      [
        `<iframe src="https://example.org/aid/embed/aid-totals/" title="Aid &quot;totals&quot; &lt;chart&gt;" width="640" height="${height}" frameborder="0" style="width: 100%; border: 0;" data-german-aid-embed loading="lazy"></iframe>`,
        '<script async src="https://example.org/aid/embed.js"></script>',
      ].join('\n'),
    );
  });

  it('gives each chart and language its own measured height, at one width', () => {
    expect(EMBED_WIDTH).toBe(640);
    const code = embedSnippet(SITE, timelineSpec, 't', { ...DEFAULT_OPTIONS, lang: 'de' });
    expect(code).toContain(`height="${embedHeight('timeline', 'de')}"`);
    // Each its own: the timeline's dense list is the shortest; German text runs longer.
    expect(embedHeight('timeline', 'en')).toBeLessThan(embedHeight('aid-totals', 'en'));
    expect(embedHeight('timeline', 'de')).toBeGreaterThan(embedHeight('timeline', 'en'));
    expect(embedHeight('aid-totals', 'de')).toBeGreaterThanOrEqual(embedHeight('aid-totals', 'en'));
    expect(() => embedHeight('no-such-chart', 'en')).toThrow(/no height for no-such-chart/);
  });

  it('keeps language, currency and theme but not the tab or transparency choice of the page', () => {
    const url = embedUrl(SITE, 'drones', {
      ...DEFAULT_OPTIONS,
      currency: 'USD',
      theme: 'dark',
      tabs: { drones: 'table' },
    });
    expect(url).toBe('https://example.org/aid/embed/drones/?currency=USD&theme=dark');
  });
});
