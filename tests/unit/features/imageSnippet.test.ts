import { describe, expect, it } from 'vitest';
import { dronesSpec } from '../../../src/charts/dronesSpec';
import { aidTotalsSpec } from '../../../src/charts/aidTotalsSpec';
import { dataset } from '../../../src/data/dataset';
import { imageSnippet } from '../../../src/features/share/imageSnippet';
import { translate } from '../../../src/lib/i18n/translate';
import type { Lang } from '../../../src/lib/locale';

const ctx = (lang: Lang, currency: 'EUR' | 'USD' = 'EUR') => ({
  dataset,
  lang,
  currency,
  t: (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(lang, key, params),
});

describe('imageSnippet, an embed for newsletters and feeds', () => {
  it('is the chart’s picture, linked to the chart, described, sized, with the credit as text', () => {
    const code = imageSnippet('https://example.org/', dronesSpec, ctx('en'));
    const [image, credit] = code.split('\n');
    expect(image).toMatch(
      /^<a href="https:\/\/example\.org\/#chart-drones"><img src="https:\/\/example\.org\/previews\/drones-en\.png" alt="537 surveillance drones provided\. [^"]*537[^"]*" width="600" height="315" style="[^"]*max-width: 600px; height: auto[^"]*"><\/a>$/,
    );
    expect(credit).toBe(
      '<p>Source: Defense News, report by Linus Höller, July 2024. Chart: <a href="https://example.org/">German military aid to Ukraine</a></p>',
    );
  });

  it('speaks the reader’s language, and euros, as the picture does', () => {
    const code = imageSnippet('https://example.org/', aidTotalsSpec, ctx('de', 'USD'));
    expect(code).toContain('src="https://example.org/previews/aid-totals-de.png"');
    expect(code).toContain('href="https://example.org/de/#chart-aid-totals"');
    expect(code).toContain('10,2\u00a0Mrd.\u00a0€');
    expect(code).not.toContain('US-Dollar');
    expect(code).toContain('Grafik: <a href="https://example.org/de/">');
  });
});
