import { Suspense, type ComponentProps } from 'react';
import { preloadable } from '../../lib/preloadable';
import type { CiteChart } from './CiteChart';

type Props = ComponentProps<typeof CiteChart>;

const cite = preloadable<Props>(() =>
  import('./CiteChart').then((m) => ({ default: m.CiteChart })),
);

/**
 * "Cite this chart" for the dashboard, whose code is fetched as the app hydrates rather than in
 * its first request: it sits in each chart's Sources tab, hidden until chosen. The prerendered
 * page has it already (the prerender loads it first: preloadCiteChart); React hydrates it
 * when its code is in.
 */
export function CiteChartLater(props: Props) {
  return (
    <Suspense fallback={null}>
      <cite.Component {...props} />
    </Suspense>
  );
}

/** Loads the citation's code: the prerender must have it before it renders a page. */
export const preloadCiteChart = cite.preload;
