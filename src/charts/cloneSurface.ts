/** Presentation properties that the page sets through CSS and an exported SVG must carry itself. */
const PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/**
 * A Recharts surface as standalone SVG markup: every element gets its computed colours and
 * fonts inline (the page sets them through CSS variables, which a file cannot resolve), and
 * focus rings and tooltip cursors are left out.
 */
export function cloneSurface(surface: SVGSVGElement): {
  markup: string;
  width: number;
  height: number;
} {
  const { width, height } = surface.getBoundingClientRect();
  // A baked drawing is drawn at its own size and scaled to its box: it keeps its viewBox.
  const drawnAt = surface.classList.contains('chart-baked-svg')
    ? surface.getAttribute('viewBox')
    : null;
  const clone = surface.cloneNode(true) as SVGSVGElement;
  const originals = [surface, ...surface.querySelectorAll('*')];
  const copies = [clone, ...clone.querySelectorAll('*')];
  originals.forEach((original, i) => {
    const copy = copies[i];
    if (!copy) return;
    const style = getComputedStyle(original);
    const inline = PROPS.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';');
    // CSS variables mean nothing outside the page: drop them, the inline style has their values.
    for (const attr of [...copy.attributes]) {
      if (attr.value.includes('var(')) copy.removeAttribute(attr.name);
    }
    copy.setAttribute('style', inline);
    copy.removeAttribute('tabindex');
  });
  clone
    .querySelectorAll('.recharts-tooltip-cursor, .recharts-active-dot, .chart-highlight')
    .forEach((n) => n.remove());
  for (const attr of ['class', 'tabindex', 'role', 'aria-label', 'focusable', 'x', 'y']) {
    clone.removeAttribute(attr);
  }
  clone.setAttribute('width', String(Math.round(width)));
  clone.setAttribute('height', String(Math.round(height)));
  clone.setAttribute('viewBox', drawnAt ?? `0 0 ${Math.round(width)} ${Math.round(height)}`);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return { markup: new XMLSerializer().serializeToString(clone), width, height };
}
