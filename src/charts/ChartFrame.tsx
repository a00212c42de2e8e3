import { Suspense, useId, useRef, useState } from 'react';
import { figureById, impliedUsdPerEur } from '../data/selectors';
import { Excerpt } from '../components/Excerpt';
import { Tabs } from '../components/Tabs';
import { formatMonth, formatRate } from '../lib/format';
import { useHydrated } from '../lib/useHydrated';
import { useInView } from '../lib/useInView';
import type { ChartContext } from './ChartContext';
import type { ChartSpec } from './ChartSpec';
import { ChartTable } from './ChartTable';
import { CHART_HEIGHT } from './chartTheme';

type TabId = 'chart' | 'table' | 'sources';

interface Props {
  spec: ChartSpec;
  ctx: ChartContext;
}

/**
 * The chart "sandwich" (after OWID Grapher): title and subtitle, Chart | Table | Sources, and a
 * footer with the source. The Recharts component is mounted only after hydration and once the box
 * nears the viewport, inside a box already at its final height, so the first paint needs no chart
 * code and nothing shifts.
 */
export function ChartFrame({ spec, ctx }: Props) {
  const { dataset, lang, t } = ctx;
  const [tab, setTab] = useState<TabId>('chart');
  const box = useRef<HTMLDivElement>(null);
  const inView = useInView(box);
  const mounted = useHydrated() && inView;
  const titleId = useId();
  const summaryId = useId();

  const { Chart } = spec;
  const title = t(spec.titleKey);
  const summary = spec.summary(ctx);
  const loading = <p className="chart-loading">{t('chart.loading')}</p>;
  const { article } = dataset;

  return (
    <figure className="chart-frame" aria-labelledby={titleId}>
      <h3 id={titleId} className="chart-title">
        {title}
      </h3>
      <p className="chart-subtitle">{t(spec.subtitleKey)}</p>
      <Tabs<TabId>
        label={t('chart.tabs', { title })}
        selected={tab}
        onSelect={setTab}
        tabs={[
          {
            id: 'chart',
            label: t('chart.tab.chart'),
            panel: (
              <>
                <div
                  ref={box}
                  // Wakes React as the chart nears the viewport (whenHydrationWanted); a literal,
                  // since importing the boot code's constant would split it into a shared chunk.
                  data-hydrate-when-visible=""
                  className="chart-box"
                  style={{ height: CHART_HEIGHT }}
                  role="group"
                  aria-label={title}
                  aria-describedby={summaryId}
                >
                  {mounted && tab === 'chart' ? (
                    <Suspense fallback={loading}>
                      <Chart ctx={ctx} />
                    </Suspense>
                  ) : (
                    loading
                  )}
                </div>
                <p id={summaryId} className="chart-summary">
                  {summary}
                </p>
              </>
            ),
          },
          {
            id: 'table',
            label: t('chart.tab.table'),
            panel: <ChartTable caption={title} table={spec.table(ctx)} />,
          },
          {
            id: 'sources',
            label: t('chart.tab.sources'),
            panel: (
              <div className="chart-sources">
                {spec.figureIds.map((id) => (
                  <Excerpt key={id} text={figureById(dataset, id).excerpt} />
                ))}
              </div>
            ),
          },
        ]}
      />
      <figcaption className="chart-footer">
        {t('chart.sourceNoHeadline', {
          outlet: article.outlet,
          author: article.author,
          date: formatMonth(article.published.date, lang),
        })}
        {spec.showsConverted(ctx) && (
          <> {t('chart.convertedNote', { rate: formatRate(impliedUsdPerEur(dataset), lang) })}</>
        )}
      </figcaption>
    </figure>
  );
}
