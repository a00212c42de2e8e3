/**
 * Draws the pictures shared links show (1200×630 PNG, Open Graph and X's large card): each
 * chart's title, subtitle, its drawing as the build baked it (scripts/bakeCharts.tsx) and its
 * source line, in each language; the dashboard's and the deck's the same way. Rasterised by resvg
 * (no browser) with the fonts the build ships (Source Sans 3 from npm, system fonts never read),
 * so the image is the same on every machine.
 */
import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PreviewCard } from '../src/app/sharePreview';
import { escapeAttr } from '../src/lib/escapeAttr';

const W = 1200;
const H = 630;
const PAD = 60;
const FONT = 'Source Sans 3';

/** The fonts every preview is set in, from the npm package (pinned by package-lock.json). */
function fontFiles(root: string): string[] {
  const dir = join(root, 'node_modules', '@expo-google-fonts', 'source-sans-3');
  return ['400Regular/SourceSans3_400Regular.ttf', '700Bold/SourceSans3_700Bold.ttf'].map((f) =>
    join(dir, f),
  );
}

/** The light theme's colours (src/styles/tokens.css), for the `var(--…)` the baked SVGs use. */
export function lightTokens(css: string): Record<string, string> {
  const block = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  const tokens: Record<string, string> = {};
  for (const [, name = '', value = ''] of block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) {
    tokens[name] = value.trim();
  }
  return tokens;
}

/**
 * Breaks text into lines that fit `width` at `size` px, by an average glyph advance for Source
 * Sans 3 that errs wide (0.5 em regular, 0.56 em bold); at most `max` lines, the last one ending
 * in "…" if the text is longer.
 */
export function wrap(
  text: string,
  size: number,
  width: number,
  max: number,
  bold = false,
): string[] {
  const perLine = Math.floor(width / (size * (bold ? 0.56 : 0.5)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= perLine || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${(kept[max - 1] ?? '').replace(/\s*\S*$/, '')} …`;
  return kept;
}

function textBlock(
  lines: string[],
  x: number,
  y: number,
  size: number,
  lineHeight: number,
  attrs: string,
): string {
  return lines
    .map(
      (line, i) =>
        `<text x="${x}" y="${y + i * lineHeight}" font-size="${size}" ${attrs}>${escapeAttr(line)}</text>`,
    )
    .join('');
}

/** HTML's named characters that baked markup uses, as XML (which knows only five by name). */
const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
function asXml(html: string): string {
  return html.replace(/&([a-zA-Z]+);/g, (whole, name: string) => {
    if (XML_ENTITIES.has(name)) return whole;
    if (name === 'nbsp') return '&#160;';
    throw new Error(`a baked drawing uses &${name}; which the preview cannot read`);
  });
}

/** The baked drawing, placed in the given box and with the page's colours written in. */
function placeDrawing(
  svg: string,
  tokens: Record<string, string>,
  box: { x: number; y: number; width: number; height: number },
): string {
  const coloured = asXml(svg).replace(
    /var\((--[\w-]+)\)/g,
    (whole, name: string) => tokens[name] ?? whole,
  );
  return coloured.replace(
    /^<svg([^>]*?)\swidth="[^"]*"\sheight="[^"]*"/,
    `<svg$1 x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}"`,
  );
}

/** The preview's SVG: kicker, title, subtitle, the chart (or its rows), source line. */
export function previewSvg(
  card: PreviewCard,
  drawing: string | undefined,
  tokens: Record<string, string>,
): string {
  const ink = tokens['--ink'] ?? '#161616';
  const muted = tokens['--ink-muted'] ?? '#555555';
  const width = W - 2 * PAD;
  const parts: string[] = [];
  let y = PAD + 18;
  parts.push(
    `<text x="${PAD}" y="${y}" font-size="20" font-weight="700" letter-spacing="2" fill="${tokens['--accent'] ?? ink}">${escapeAttr(card.kicker.toUpperCase())}</text>`,
  );
  y += 54;
  const title = wrap(card.title, 44, width, 2, true);
  parts.push(textBlock(title, PAD, y, 44, 50, `font-weight="700" fill="${ink}"`));
  y += (title.length - 1) * 50 + 38;
  const subtitle = wrap(card.subtitle, 24, width, 2);
  parts.push(textBlock(subtitle, PAD, y, 24, 30, `fill="${muted}"`));
  y += (subtitle.length - 1) * 30 + 22;
  const source = wrap(card.source, 18, width, 2);
  const sourceTop = H - PAD + 10 - (source.length - 1) * 23;
  const chart = { x: PAD, y, width, height: sourceTop - 34 - y };
  if (drawing) {
    parts.push(placeDrawing(drawing, tokens, chart));
  } else {
    // The latest rows, where not all fit: a growing list's news is at its end.
    const fit = Math.floor(chart.height / 34);
    const rows = fit > 0 ? (card.lines ?? []).slice(-fit) : [];
    parts.push(
      textBlock(
        rows.flatMap((row) => wrap(row, 24, width, 1)),
        PAD,
        chart.y + 28,
        24,
        34,
        `fill="${ink}"`,
      ),
    );
  }
  parts.push(
    `<line x1="${PAD}" x2="${W - PAD}" y1="${sourceTop - 26}" y2="${sourceTop - 26}" stroke="${tokens['--rule'] ?? muted}" />`,
  );
  parts.push(textBlock(source, PAD, sourceTop, 18, 23, `fill="${muted}"`));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${FONT}">`,
    `<rect width="${W}" height="${H}" fill="${tokens['--paper'] ?? '#ffffff'}" />`,
    ...parts,
    '</svg>',
  ].join('');
}

/** Rasterises a preview's SVG to PNG with the shipped fonts only. */
export function rasterise(svg: string, root: string): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: W },
    font: { fontFiles: fontFiles(root), loadSystemFonts: false, defaultFontFamily: FONT },
  });
  return resvg.render().asPng();
}

/** Every preview as PNG bytes, by its file path under the site's base. */
export function drawPreviews(
  root: string,
  previews: { card: PreviewCard; file: string }[],
  bakes: Record<string, string>,
): { file: string; png: Buffer }[] {
  const tokens = lightTokens(readFileSync(join(root, 'src', 'styles', 'tokens.css'), 'utf8'));
  return previews.map(({ card, file }) => {
    const drawing = card.bake ? bakes[card.bake] : undefined;
    if (card.bake && !drawing) throw new Error(`no baked drawing ${card.bake} for ${file}`);
    return { file, png: rasterise(previewSvg(card, drawing, tokens), root) };
  });
}
