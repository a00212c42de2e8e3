// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { aidTotalsSpec } from '../../../src/charts/aidTotalsSpec';
import { timelineSpec } from '../../../src/charts/timelineSpec';
import { embedSnippet, embedUrl } from '../../../src/features/share/embedSnippet';
import { DEFAULT_OPTIONS } from '../../../src/lib/urlOptions';

const SITE = 'https://example.org/aid/';

describe('embedSnippet', () => {
  it('is an iframe with a title and a default height, plus the loader from our site', () => {
    const code = embedSnippet(SITE, aidTotalsSpec, 'Aid "totals" <chart>', DEFAULT_OPTIONS);
    expect(code).toBe(
      [
        '<iframe src="https://example.org/aid/embed/aid-totals/" title="Aid &quot;totals&quot; &lt;chart&gt;" data-german-aid-embed style="width: 100%; height: 620px; border: 0;" loading="lazy"></iframe>',
        '<script async src="https://example.org/aid/embed.js"></script>',
      ].join('\n'),
    );
  });

  it('gives the taller timeline a taller default', () => {
    expect(embedSnippet(SITE, timelineSpec, 't', DEFAULT_OPTIONS)).toContain('height: 980px');
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
