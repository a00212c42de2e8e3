import { Suspense, type ComponentProps } from 'react';
import { loadLaterCatalogue } from '../../lib/i18n/loadCatalogue';
import { preloadable } from '../../lib/preloadable';
import type { CiteChart } from './CiteChart';

type Props = ComponentProps<typeof CiteChart>;

// Its words come with it (en.later.ts), before it hydrates the prerendered citation.
const cite = preloadable<Props>(async () => {
  const [{ CiteChart }] = await Promise.all([import('./CiteChart'), loadLaterCatalogue()]);
  return { default: CiteChart };
});

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
