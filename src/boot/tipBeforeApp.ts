/**
 * The baked drawing's tooltips: until the live chart takes its place (when the reader reaches for
 * it, ≈ 1 s later on a slow phone), the boot script shows each mark's tooltip itself, at once,
 * from the words the page carries for it (BakedChart's hidden `.bake-tips`, written by the same
 * code as the live chart's tooltips). Bars answer across their whole column, as the live chart
 * does; drone squares one by one (found in the path that draws them). The box floats outside #root, so React never meets it, and it
 * is hidden from assistive technology: the chart's summary and table say the same in the page.
 *
 * Literals, not imports, for what the app shares (`{n}` is TIP_SLOT in src/charts/ChartTip.ts):
 * code shared with the app would put a shared chunk in the boot request.
 */
const SLOT = '{n}';
/** The pointer's distance from the box, as Recharts places its own. */
const OFFSET = 12;

interface Found {
  tips: HTMLElement;
  /** The mark's index in its drawing. */
  index: number;
}

/** The mark under the pointer, if it is over a baked drawing with tooltips. */
function markAt(target: Element, x: number, y: number): Found | null {
  const svg = target.closest<SVGSVGElement>('svg.chart-baked-svg');
  const tips = svg?.closest('.chart-bakes')?.querySelector<HTMLElement>('.bake-tips');
  if (!svg || !tips) return null;
  const bars = [...svg.querySelectorAll('.recharts-bar-rectangle path')];
  if (bars.length > 0) {
    // A bar chart's tooltip follows the column the pointer is in: the nearest bar's.
    const distance = (bar: Element) => {
      const box = bar.getBoundingClientRect();
      return Math.abs(box.left + box.width / 2 - x);
    };
    const nearest = bars.reduce((best, bar) => (distance(bar) < distance(best) ? bar : best));
    return { tips, index: bars.indexOf(nearest) };
  }
  // The drones: one path of squares (waffleLayout), "M x y h w v h …" for each.
  const d = svg.querySelector('path.waffle-squares')?.getAttribute('d');
  const matrix = svg.getScreenCTM()?.inverse();
  if (!d || !matrix) return null;
  const at = new DOMPoint(x, y).matrixTransform(matrix);
  let index = 0;
  for (const [, sx, sy, w, h] of d.matchAll(/M(\S+) (\S+)h(\S+)v([^h]+)/g)) {
    const [left, top] = [Number(sx), Number(sy)];
    if (at.x >= left && at.x <= left + Number(w) && at.y >= top && at.y <= top + Number(h)) {
      return { tips, index };
    }
    index++;
  }
  return null;
}

/** The words for a mark in the chosen currency, with its number written in. */
function tipHtml({ tips, index }: Found, doc: Document): string | null {
  const currency = doc.documentElement.dataset.currency ?? 'EUR';
  const own = `[data-tip="${index}"]`;
  const template =
    tips.querySelector(`${own}[data-currency="${currency}"]`) ??
    tips.querySelector(own) ??
    tips.querySelector('[data-tip="*"]');
  if (!template) return null;
  // Grouped as writeDecimal does for the page's language: "1,000" / "1.000".
  const group = doc.documentElement.lang === 'de' ? '.' : ',';
  const n = String(index + 1).replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return template.innerHTML.replaceAll(SLOT, n);
}

export function tipBeforeApp(doc: Document = document): void {
  const view = doc.defaultView ?? window;
  let box: HTMLElement | null = null;
  let shown = '';

  function hide() {
    if (box) box.hidden = true;
  }

  function show(html: string, x: number, y: number) {
    if (!box) {
      box = doc.createElement('div');
      box.className = 'bake-tooltip';
      box.setAttribute('aria-hidden', 'true');
      doc.body.append(box);
    }
    if (html !== shown) {
      // The page's own prerendered markup, with a number written in: no reader input.
      box.innerHTML = html;
      shown = html;
    }
    box.hidden = false;
    const { width, height } = box.getBoundingClientRect();
    const fitsRight = x + OFFSET + width <= view.innerWidth;
    const fitsBelow = y + OFFSET + height <= view.innerHeight;
    box.style.left = `${fitsRight ? x + OFFSET : Math.max(0, x - OFFSET - width)}px`;
    box.style.top = `${fitsBelow ? y + OFFSET : Math.max(0, y - OFFSET - height)}px`;
  }

  function follow(event: MouseEvent) {
    const target = event.target instanceof Element ? event.target : null;
    const found = target && markAt(target, event.clientX, event.clientY);
    const html = found && tipHtml(found, doc);
    if (html) show(html, event.clientX, event.clientY);
    else hide();
  }

  // mousemove also follows a tap (browsers send it after touchend) and the moment the live
  // chart takes over (useReachedFor replays the pointer's position to it), which hides this box.
  // (None of these can be cancelled, so none needs `passive`.)
  doc.addEventListener('mousemove', follow);
  doc.addEventListener('pointerdown', follow);
  doc.addEventListener('mouseleave', hide);
  view.addEventListener('scroll', hide);
  doc.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
}
