import {
  startTransition,
  Suspense,
  useEffect,
  useId,
  useMemo,
  useOptimistic,
  useRef,
  type ReactNode,
} from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { Excerpt } from '../components/Excerpt';
import { Tabs } from '../components/Tabs';
import type { ChartTab } from '../lib/locale';
import { useHydrated } from '../lib/useHydrated';
import { fetchChartCode } from '../lib/fetchChartCode';
import { onIdle } from '../lib/onIdle';
import { useInView } from '../lib/useInView';
import { useReachedFor } from '../lib/useReachedFor';
import { useSettings } from '../lib/useSettings';
import { tabFor } from '../lib/urlOptions';
import type { ChartContext } from './ChartContext';
import type { ChartSpec } from './ChartSpec';
import { BakedChart, useHasBake } from './BakedChart';
import { ChartTable } from './ChartTable';
import { CHART_HEIGHT } from './chartTheme';
import { liveBakedChart } from './liveBakedChart';
import { sourceLine } from './sourceLine';
import './ChartFrame.css';

interface Props {
  spec: ChartSpec;
  ctx: ChartContext;
  /** An embed page's chart is its page title (h1); on the dashboard it sits under h2. */
  headingLevel?: 1 | 3;
  /** The anchor a shared link points at. */
  id?: string;
  /** Share and download controls, given by the view (they differ for dashboard and embed). */
  actions?: ReactNode;
  /** How to cite the chart, shown at the end of its Sources tab (given by the view). */
  cite?: ReactNode;
}

/**
 * The chart "sandwich" (after OWID Grapher): title and subtitle, Chart | Table | Sources (the
 * choice kept in the URL), and a footer with the source. The page shows the build's drawing of
 * the chart; the live chart mounts in the same box once the reader reaches for it, so the first
 * paint needs no chart code and nothing shifts.
 */
export function ChartFrame({ spec, ctx, headingLevel = 3, id, actions, cite }: Props) {
  const { t } = ctx;
  const { tabs, setOption } = useSettings();
  // The tab a reader picks shows at once (only this chart renders for it); the choice reaches the
  // settings, the URL and the rest of the page as a transition behind it: a first tap on Table
  // re-rendered the whole dashboard first (47–56 ms at 4× CPU).
  const [tab, showTab] = useOptimistic(tabFor(tabs, spec.id));
  const box = useRef<HTMLDivElement>(null);
  const inView = useInView(box);
  const hydrated = useHydrated();
  // The baked drawing is the chart until the reader reaches for it (pointer, tap, focus): only
  // then is the live one built, as a transition, so Recharts' work never stands between a tap and
  // its answer. Not sooner: a live chart makes every later currency or tab change redraw it
  // (≈ 0.8 s on a slow phone), where the baked one switches by CSS. Where the page has no
  // drawing (the dev server), the live chart mounts as it nears.
  const hasBake = useHasBake(spec, ctx.lang);
  const waits = hasBake && spec.fixedHeight && tab === 'chart';
  const { reached, handedOff } = useReachedFor(box, hydrated && waits);
  const mounted = hydrated && inView && (reached || !hasBake);
  // Its code is fetched (not run) ahead, in a quiet moment once the chart is near, so it is in
  // the cache when reached for. The small layer that makes a drawing live is run too: reached
  // for, it then renders at once, where a lazy one suspended and React held its reveal back
  // (≈ 300 ms, then the commit in a task of its own, 34–62 ms at 4× CPU).
  useEffect(() => {
    if (!hydrated || !inView || !hasBake) return;
    return onIdle(() => {
      fetchChartCode();
      void liveBakedChart.preload();
    });
  }, [hydrated, inView, hasBake]);
  const titleId = useId();
  const summaryId = useId();

  const { Chart, LiveBake } = spec;
  const Heading = headingLevel === 1 ? 'h1' : 'h3';
  const title = t(spec.titleKey);
  const table = useMemo(() => spec.table(ctx), [spec, ctx]);
  const summary = useMemo(() => spec.summary(ctx), [spec, ctx]);
  // The build's drawing holds the box until the live chart is in: never an empty or "loading" box.
  // It and the other panels are made once for the chart and settings: a tab chosen re-renders
  // this frame at once (the optimistic tab), and then only what the tab changes.
  const baked = useMemo(() => <BakedChart spec={spec} ctx={ctx} />, [spec, ctx]);
  const tablePanel = useMemo(() => <ChartTable caption={title} table={table} />, [title, table]);
  const sourcesPanel = useMemo(
    () => (
      <div className="chart-sources">
        {spec.sources(ctx).map((source) =>
          source.reference === undefined ? (
            <Excerpt key={source.text} text={source.text} />
          ) : (
            <p key={source.text} className="chart-reference">
              {t('chart.reference', { reference: source.reference })}
            </p>
          ),
        )}
        {cite}
      </div>
    ),
    [spec, ctx, t, cite],
  );
  const live = mounted && tab === 'chart';
  const overBake = LiveBake && hasBake;

  function select(next: ChartTab) {
    startTransition(() => {
      showTab(next);
      setOption('tabs', { ...tabs, [spec.id]: next });
    });
  }

  return (
    <figure id={id} className="chart-frame" aria-labelledby={titleId} data-chart={spec.id}>
      {/* The caption leads (title and subtitle), so the figure's other parts (tabs, source line,
          actions) may follow in reading order: a figcaption must be its figure's first or last child. */}
      <figcaption className="chart-caption">
        <Heading id={titleId} className="chart-title">
          {title}
        </Heading>
        <p className="chart-subtitle">{t(spec.subtitleKey)}</p>
      </figcaption>
      <Tabs<ChartTab>
        label={t('chart.tabs', { title })}
        selected={tab}
        onSelect={select}
        tabs={[
          {
            id: 'chart',
            label: t('chart.tab.chart'),
            // A drawing is its own stop; a list (the timeline) has none, so the panel is one: it
            // may scroll, in an embed whose frame is too short (EmbedView.css).
            panelFocusable: !spec.fixedHeight,
            // A drawing keeps its room while Table or Sources shows; a list (the timeline) is as
            // long as its events, and gives it up.
            keepsPlace: spec.fixedHeight,
            panel: (
              <>
                <div
                  ref={box}
                  // Wakes React as the chart nears the viewport (whenHydrationWanted); a literal,
                  // since importing the boot code's constant would split it into a shared chunk.
                  data-hydrate-when-visible=""
                  className={spec.fixedHeight ? 'chart-box' : 'chart-box chart-box-auto'}
                  style={spec.fixedHeight ? { height: CHART_HEIGHT } : undefined}
                  role="group"
                  aria-label={title}
                  aria-describedby={summaryId}
                  // The drawing's box is the chart's one stop until the live chart's surface is.
                  tabIndex={waits && !handedOff ? 0 : undefined}
                >
                  <ErrorBoundary
                    fallback={
                      <div className="chart-error" role="status">
                        <p>{t('chart.failed')}</p>
                        {tablePanel}
                      </div>
                    }
                  >
                    {!spec.fixedHeight ? (
                      // A list needs no drawing code: it is prerendered like the rest of the page.
                      <Chart ctx={ctx} />
                    ) : (
                      // Over the build's drawing the live layer comes on top, and the drawing
                      // stays where it is (parsing its SVGs again would cost more than all the
                      // rest); elsewhere the live chart takes its place.
                      <>
                        {overBake || !live ? (
                          baked
                        ) : (
                          <Suspense fallback={baked}>
                            <Chart ctx={ctx} />
                          </Suspense>
                        )}
                        {overBake && live && (
                          <Suspense fallback={null}>
                            <LiveBake spec={spec} ctx={ctx} describedBy={summaryId} />
                          </Suspense>
                        )}
                      </>
                    )}
                  </ErrorBoundary>
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
            panelFocusable: true,
            // The first tab readers open after the chart; small, so laid out ahead at little cost.
            layOutAhead: true,
            panel: tablePanel,
          },
          {
            id: 'sources',
            label: t('chart.tab.sources'),
            panelFocusable: true,
            panel: sourcesPanel,
          },
        ]}
      />
      <p className="chart-footer">{sourceLine(spec, ctx)}</p>
      {actions}
    </figure>
  );
}
