/** What goes into an exported chart image, top to bottom. */
export interface ExportParts {
  title: string;
  subtitle: string;
  /** The drawing, as standalone SVG markup of the given size; or, for lists, lines of text. */
  body:
    | { kind: 'svg'; markup: string; width: number; height: number }
    | { kind: 'lines'; lines: string[] };
  notes: string[];
  source: string;
  colors: { paper: string; ink: string; muted: string; rule: string };
  fontFamily: string;
}

const PAD = 24;
const MIN_WIDTH = 560;
/** Average glyph width as a share of the font size, for wrapping without a layout engine. */
const GLYPH = 0.54;

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Breaks text into lines that fit `width` pixels at `size`, on spaces. */
export function wrap(text: string, width: number, size: number): string[] {
  const max = Math.max(10, Math.floor(width / (size * GLYPH)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * One self-contained SVG holding everything a reader needs to understand the chart away from
 * the page: title, subtitle, the drawing, notes and the source line (Recharts' own SVG is only
 * the plot area).
 */
export function composeSvg(parts: ExportParts): { svg: string; width: number; height: number } {
  const bodyWidth = parts.body.kind === 'svg' ? parts.body.width : 640;
  const width = Math.max(MIN_WIDTH, Math.ceil(bodyWidth) + PAD * 2);
  const inner = width - PAD * 2;
  const out: string[] = [];
  let y = PAD;

  const text = (lines: string[], size: number, color: string, weight = 400) => {
    for (const line of lines) {
      y += size * 1.3;
      out.push(
        `<text x="${PAD}" y="${y.toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${escapeXml(color)}">${escapeXml(line)}</text>`,
      );
    }
  };

  text(wrap(parts.title, inner, 22), 22, parts.colors.ink, 700);
  y += 4;
  text(wrap(parts.subtitle, inner, 15), 15, parts.colors.muted);
  y += 16;
  if (parts.body.kind === 'svg') {
    const { markup, height: h } = parts.body;
    // The drawing keeps its own width/height; x/y place it (its root has neither).
    out.push(markup.replace(/^<svg\b/, `<svg x="${PAD}" y="${y.toFixed(1)}"`));
    y += h + 8;
  } else {
    for (const line of parts.body.lines) text(wrap(line, inner, 15), 15, parts.colors.ink);
    y += 8;
  }
  for (const note of parts.notes) text(wrap(note, inner, 14), 14, parts.colors.ink);
  y += 12;
  out.push(
    `<line x1="${PAD}" x2="${width - PAD}" y1="${y.toFixed(1)}" y2="${y.toFixed(1)}" stroke="${escapeXml(parts.colors.rule)}" />`,
  );
  text(wrap(parts.source, inner, 13), 13, parts.colors.muted);
  const height = Math.ceil(y + PAD);

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(parts.fontFamily)}">`,
    `<title>${escapeXml(parts.title)}</title>`,
    `<rect width="100%" height="100%" fill="${escapeXml(parts.colors.paper)}" />`,
    ...out,
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}
