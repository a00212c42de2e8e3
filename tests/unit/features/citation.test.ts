import { describe, expect, it } from 'vitest';
import { chartById } from '../../../src/charts/registry';
import { dataset } from '../../../src/data/dataset';
import { bibEscape, chartCitation } from '../../../src/features/share/citation';
import { registerAllCatalogues } from '../../../src/lib/i18n/registerAllCatalogues';
import { translate } from '../../../src/lib/i18n/translate';
import type { Lang } from '../../../src/lib/locale';

registerAllCatalogues();
const spec = chartById('aid-totals');
if (!spec) throw new Error('no aid-totals chart');
const tFor =
  (lang: Lang) =>
  (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(lang, key, params);
const URL_EN = 'https://example.org/embed/aid-totals/';

describe('chartCitation', () => {
  it('cites author, outlet, month, chart, site, address and the day it was read', () => {
    const { line } = chartCitation(spec, dataset, 'en', tFor('en'), URL_EN, '2026-11-26');
    expect(line).toBe(
      'Linus Höller, Defense News (July 2024). Aid provided and exports authorised: two different measures. In: German military aid to Ukraine, https://example.org/embed/aid-totals/, accessed 26 November 2026.',
    );
  });

  it('cites in German for the German edition', () => {
    const { line } = chartCitation(
      spec,
      dataset,
      'de',
      tFor('de'),
      'https://example.org/de/embed/aid-totals/',
      '2026-11-26',
    );
    expect(line).toMatch(/^Linus Höller, Defense News \(Juli 2024\)\. /);
    expect(line).toMatch(
      /In: Deutsche Militärhilfe für die Ukraine, https:\/\/example\.org\/de\/embed\/aid-totals\/, abgerufen am 26\. November 2026\.$/,
    );
  });

  it('leaves the access day out where it cannot be known (the prerendered page)', () => {
    const { line, bibtex } = chartCitation(spec, dataset, 'en', tFor('en'), URL_EN);
    expect(line).toMatch(/\/embed\/aid-totals\/\.$/);
    expect(bibtex).not.toContain('urldate');
  });

  it('writes a BibTeX entry BibTeX can read', () => {
    const { bibtex } = chartCitation(spec, dataset, 'en', tFor('en'), URL_EN, '2026-11-26');
    expect(bibtex).toBe(
      [
        '@misc{german-aid-ukraine-aid-totals,',
        '  author = {Höller, Linus},',
        '  title = {{Aid provided and exports authorised: two different measures}},',
        '  howpublished = {German military aid to Ukraine, chart of figures reported by Defense News},',
        '  year = {2024},',
        '  month = jul,',
        '  url = {https://example.org/embed/aid-totals/},',
        '  urldate = {2026-11-26}',
        '}',
      ].join('\n'),
    );
    // Braces balance, so no field runs into the next.
    expect(bibtex.split('{').length).toBe(bibtex.split('}').length);
  });
});

describe('bibEscape', () => {
  it('writes LaTeX’s special characters as text', () => {
    expect(bibEscape('50% & $5 #1 a_b {x} ~ ^ \\')).toBe(
      '50\\% \\& \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
  });
});
