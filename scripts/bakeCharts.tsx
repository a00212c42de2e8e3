/**
 * Draws every chart with Recharts itself, in a build-time DOM (jsdom), and prints the SVGs as JSON
 * (bakeKey → markup) for scripts/prerender.ts to write into the pages. OWID Grapher bakes its
 * charts the same way: the page shows the chart before any script runs, and the interactive
 * chart takes over in the same box. Run in its own process, so the DOM globals it sets never
 * reach the server renderer.
 *
 * Usage: tsx scripts/bakeCharts.tsx > bakes.json
 */
import { register } from 'node:module';
import { JSDOM } from 'jsdom';
import { domRect } from './domRect';

// Components import their stylesheets; here, before any component loads, those become nothing.
register('./cssAsNothing.mjs', import.meta.url);

const dom = new JSDOM('<!doctype html><html><body></body></html>', {
  pretendToBeVisual: true,
  url: 'http://localhost/',
});
const win = dom.window as unknown as Record<string, unknown>;
// React DOM and Recharts look for a browser when they load: give them jsdom's, name by name.
for (const name of Object.getOwnPropertyNames(win)) {
  if (name in globalThis) continue;
  Object.defineProperty(globalThis, name, { value: win[name], configurable: true, writable: true });
}
for (const name of ['window', 'document', 'navigator', 'self']) {
  Object.defineProperty(globalThis, name, {
    value: name === 'window' || name === 'self' ? dom.window : win[name],
    configurable: true,
    writable: true,
  });
}

/** The size the chart being drawn reports to Recharts: jsdom lays nothing out. */
let box = { width: 0, height: 0 };
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
Object.assign(globalThis, { ResizeObserver: ResizeObserverStub });
/**
 * jsdom has no fonts, so text measures 0 wide and Recharts would never wrap a category name.
 * Its measuring span is sized instead at 0.6 em a character: a shade wider than the sans the
 * page sets, so a baked label wraps where the live one would, or a little earlier.
 */
const EM_PER_CHARACTER = 0.6;
const measure = dom.window.Element.prototype.getBoundingClientRect;
dom.window.Element.prototype.getBoundingClientRect = function (this: HTMLElement) {
  if (this.id === 'recharts_measurement_span') {
    const fontSize = Number.parseFloat(this.style.fontSize) || 16;
    const width = (this.textContent ?? '').length * fontSize * EM_PER_CHARACTER;
    const height = fontSize * 1.2;
    return domRect(width, height);
  }
  if (!this.classList.contains('recharts-responsive-container')) return measure.call(this);
  const { width, height } = box;
  return domRect(width, height);
};

const { act, Suspense } = await import('react');
const { createRoot } = await import('react-dom/client');
const { dataset } = await import('../src/data/dataset');
const { CHARTS } = await import('../src/charts/registry');
const { bakeKey } = await import('../src/charts/bakeKey');
const { bakeCurrencies, bakeVariants } = await import('../src/charts/bakeSizes');
const { registerAllCatalogues } = await import('../src/lib/i18n/registerAllCatalogues');
const { translate } = await import('../src/lib/i18n/translate');
const { LANGS } = await import('../src/lib/locale');
const { tidyBakedSvg } = await import('./tidyBakedSvg');

registerAllCatalogues();
Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

const bakes: Record<string, string> = {};
for (const spec of CHARTS) {
  if (!spec.bake) continue;
  const { Chart } = spec;
  for (const lang of LANGS) {
    const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
      translate(lang, key, params);
    for (const currency of bakeCurrencies(spec)) {
      for (const { size, fontScale } of bakeVariants(spec)) {
        box = size;
        const host = document.createElement('div');
        document.body.append(host);
        const root = createRoot(host);
        await act(async () => {
          root.render(
            <Suspense fallback={null}>
              <Chart ctx={{ dataset, lang, currency, t, size: { ...size, fontScale } }} />
            </Suspense>,
          );
        });
        // The chart's code loads lazily, and Recharts lays out over a few renders: wait for it.
        for (
          let i = 0;
          i < 100 &&
          !host.querySelector(
            'svg.recharts-surface .recharts-bar, svg.recharts-surface .waffle-squares',
          );
          i++
        ) {
          await act(async () => {
            await new Promise((resolve) => setTimeout(resolve, 10));
          });
        }
        const svg = host.querySelector('svg.recharts-surface');
        if (!svg) throw new Error(`Recharts drew no SVG for ${spec.id} (${lang}, ${currency})`);
        const key = bakeKey(spec.id, lang, currency, size);
        bakes[key] = tidyBakedSvg(svg.outerHTML, key, t(spec.titleKey));
        act(() => root.unmount());
        host.remove();
      }
    }
  }
}
process.stdout.write(JSON.stringify(bakes));
