import { escapeAttr } from '../src/lib/escapeAttr';

/**
 * Makes a chart SVG that Recharts drew at build time fit to sit in a page: the same drawing,
 * with what only the live chart needs taken out. Text in, text out; the drawing is untouched.
 *
 * - The live chart's keyboard and pointer layer (tabindex, role="application") goes: the baked
 *   one is a picture (role="img", named by the chart's title) until the live one takes over.
 * - It scales to its box (viewBox, 100% wide and high, centred), so one drawing serves a range
 *   of widths without stretching its text.
 * - ids get the drawing's key in front: a page holds several drawings of one chart, and a
 *   clip path must find its own.
 * - Empty groups, React's helper attributes that SVG does not have (x/y/width on a path, say)
 *   and coordinates past two decimals are dropped.
 */
export function tidyBakedSvg(svg: string, key: string, title: string): string {
  const prefix = `bake-${key.replace(/[^a-zA-Z0-9]+/g, '-')}`;
  const open = /^<svg\b[^>]*>/.exec(svg);
  const viewBox = open && /viewBox="([^"]+)"/.exec(open[0]);
  if (!open || !viewBox) throw new Error(`not a Recharts SVG: ${svg.slice(0, 80)}`);
  let body = svg
    .slice(open[0].length)
    .replace(/<title>[\s\S]*?<\/title>/, '')
    .replace(/<desc>[\s\S]*?<\/desc>/, '')
    // What the live chart's OneFocusStop marks on its layers; a drawing has no focus to manage.
    .replace(/(<g class="recharts-zIndex-layer_[^"]*") tabindex="-1" aria-hidden="true"/g, '$1');
  for (let before = ''; before !== body;) {
    before = body;
    body = body.replace(/<g(?: (?:class|id)="[^"]*")*><\/g>/g, '');
  }
  body = body
    .replace(/<(path|line)\b([^>]*)>/g, (_m, tag: string, attrs: string) => {
      const kept = attrs.replace(
        / (?:x|y|width|height|radius|name|angle|orientation)="[^"]*"/g,
        '',
      );
      return `<${tag}${kept}>`;
    })
    .replace(
      /<text\b([^>]*)>/g,
      (_m, attrs: string) =>
        `<text${attrs.replace(/ (?:width|height|orientation|offset)="[^"]*"/g, '')}>`,
    )
    .replace(/<(rect|line|path)\b([^>]*)><\/\1>/g, '<$1$2/>')
    .replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100))
    .replace(/ id="([^"]+)"/g, (_m, id: string) => ` id="${prefix}-${id}"`)
    .replace(/url\(#([^)]+)\)/g, (_m, id: string) => `url(#${prefix}-${id})`);
  return (
    `<svg class="chart-baked-svg" viewBox="${viewBox[1]}" width="100%" height="100%" ` +
    `preserveAspectRatio="xMidYMid meet" role="img" aria-label="${escapeAttr(title)}">${body}`
  );
}
