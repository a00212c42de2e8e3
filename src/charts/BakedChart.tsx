import { useContext } from 'react';
import type { Lang } from '../lib/locale';
import { bakeKey } from './bakeKey';
import { BakesContext } from './BakesContext';
import { bakeCurrencies, pageDrawings, slideBakeSize, type SlideShape } from './bakeSizes';
import type { ChartContext } from './ChartContext';
import type { ChartSpec } from './ChartSpec';
import { ChartTooltipBox } from './ChartTooltipBox';
import { BAKE_TIERS } from './chartTheme';
import './BakedChart.css';

const ALL_TIERS = BAKE_TIERS.map((_, tier) => tier);

/** Whether the page holds a baked drawing of this chart (the dev server and offline file do not). */
export function useHasBake(spec: ChartSpec, lang: Lang): boolean {
  const bakes = useContext(BakesContext);
  const prefix = `${spec.id}:${lang}:`;
  return Object.keys(bakes).some((key) => key.startsWith(prefix));
}

/**
 * The chart as the build drew it (scripts/bakeCharts.tsx), there before any script runs: each
 * width's drawing in each currency, of which CSS shows the one for the box's width (container
 * queries on `.t0`–`.t6`) and the chosen currency (`data-currency` on the root). The live chart
 * takes its place in the same box once its code is in. Each mark's tooltip rides along, hidden,
 * for the boot script to show over the drawing until then (src/boot/tipBeforeApp.ts).
 */
export function BakedChart({
  spec,
  ctx,
  slide,
}: {
  spec: ChartSpec;
  ctx: ChartContext;
  /** On a slide of this shape: its one drawing, at every width. */
  slide?: SlideShape;
}) {
  const { lang } = ctx;
  const bakes = useContext(BakesContext);
  const { bake } = spec;
  if (!bake) return null;
  const drawings = slide ? [{ size: slideBakeSize(slide), tiers: ALL_TIERS }] : pageDrawings(spec);
  return (
    <div className="chart-bakes">
      {bakeCurrencies(spec).flatMap((currency) =>
        drawings.map(({ size, tiers }) => {
          const key = bakeKey(spec.id, lang, currency, size);
          const html = bakes[key];
          if (html === undefined) return null;
          const classes = [
            'bake',
            bake.byCurrency ? `bake-${currency}` : '',
            ...tiers.map((tier) => `t${tier}`),
          ];
          return (
            <div
              key={key}
              data-bake={key}
              className={classes.filter(Boolean).join(' ')}
              // Markup Recharts drew at build time, tidied by scripts/tidyBakedSvg.ts; no user input.
              dangerouslySetInnerHTML={{ __html: html }}
            />
          );
        }),
      )}
      {spec.tips && (
        <div className="bake-tips" hidden>
          {bakeCurrencies(spec).flatMap((currency) =>
            (spec.tips?.({ ...ctx, currency }) ?? []).map(({ mark, tip }) => (
              <div key={`${currency}:${mark}`} data-tip={mark} data-currency={currency}>
                <ChartTooltipBox tip={tip} />
              </div>
            )),
          )}
        </div>
      )}
    </div>
  );
}
