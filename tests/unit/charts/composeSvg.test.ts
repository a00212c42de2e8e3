// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { composeSvg, wrap, type ExportParts } from '../../../src/charts/composeSvg';

const parts: ExportParts = {
  title: 'A <b>title</b> & more',
  subtitle: 'Subtitle',
  body: {
    kind: 'svg',
    markup: '<svg width="600" height="300"><rect /></svg>',
    width: 600,
    height: 300,
  },
  notes: ['A note.'],
  source: 'Source: Defense News, report by Linus Höller, July 2024.',
  colors: { paper: '#fff', ink: '#000', muted: '#555', rule: '#ccc' },
  fontFamily: 'system-ui, "Segoe UI"',
};

describe('composeSvg', () => {
  const { svg, width, height } = composeSvg(parts);

  it('holds title, drawing, notes and source, escaped', () => {
    expect(svg).toContain('A &lt;b&gt;title&lt;/b&gt; &amp; more');
    expect(svg).toContain('<svg x="24" y=');
    expect(svg).toContain('A note.');
    expect(svg).toContain('Source: Defense News, report by Linus Höller, July 2024.');
    expect(svg).toContain('font-family="system-ui, &quot;Segoe UI&quot;"');
  });

  it('is as wide as the drawing plus margins, and tall enough for all of it', () => {
    expect(width).toBe(648);
    expect(height).toBeGreaterThan(300 + 100);
    expect(svg).toMatch(
      new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"`),
    );
  });

  it('writes table lines when there is no drawing', () => {
    const lines = composeSvg({
      ...parts,
      body: { kind: 'lines', lines: ['8 April 1949 — NATO is founded'] },
    });
    expect(lines.svg).toContain('8 April 1949 — NATO is founded');
    expect(lines.width).toBe(688);
  });
});

describe('wrap', () => {
  it('breaks on spaces within the width and keeps every word', () => {
    const text =
      'Military goods provided since February 2022 beside arms exports authorised in 2024';
    const lines = wrap(text, 200, 15);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines)
      expect(line.length).toBeLessThanOrEqual(Math.floor(200 / (15 * 0.54)));
  });
});
