import { Suspense } from 'react';
import datasetUrl from '../data/dataset.json?url';
import type { Dataset } from '../data/schema';
import { ChartsSection } from '../features/charts/ChartsSection';
import { FiguresSection } from '../features/figures/FiguresSection';
import { SiteHeader } from '../features/header/SiteHeader';
import { QuotesSection } from '../features/quotes/QuotesSection';
import { SourcesSectionLater } from '../features/sources/SourcesSectionLater';
import { TimelineSectionLater } from '../features/timeline/TimelineSectionLater';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { useT } from '../lib/useT';
import { useDataset } from './DatasetContext';
import type { RouteView } from './RouteView';
import './DashboardView.css';

/**
 * The page a reader opens: figures, charts, quotes, timeline, sources, in that order. Each section
 * hydrates as its own part (a Suspense boundary, which never shows its empty fallback: the page
 * is prerendered): a tap in the header while the app wakes hydrates the header alone at once,
 * not the whole page (≈ 45 ms at 4× CPU, which the tap waited for), and the sections follow in
 * slices.
 */
export function DashboardView({ dataset }: { dataset: Dataset }) {
  const t = useT();
  const failed = (
    <p className="section section-error" role="status">
      {t('section.failed')}
    </p>
  );
  return (
    <>
      <a className="skip-link" href="#main">
        {t('site.skip')}
      </a>
      <SiteHeader dataset={dataset} />
      <main id="main" className="wrap" tabIndex={-1}>
        <ErrorBoundary fallback={failed}>
          <Suspense fallback={null}>
            <FiguresSection dataset={dataset} />
          </Suspense>
        </ErrorBoundary>
        <ErrorBoundary fallback={failed}>
          <Suspense fallback={null}>
            <ChartsSection dataset={dataset} />
          </Suspense>
        </ErrorBoundary>
        <ErrorBoundary fallback={failed}>
          <Suspense fallback={null}>
            <QuotesSection dataset={dataset} />
          </Suspense>
        </ErrorBoundary>
        <ErrorBoundary fallback={failed}>
          <TimelineSectionLater dataset={dataset} />
        </ErrorBoundary>
        <ErrorBoundary fallback={failed}>
          <SourcesSectionLater dataset={dataset} dataUrl={datasetUrl} />
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <div className="wrap">
          <p>{t('footer.note')}</p>
        </div>
      </footer>
    </>
  );
}

export const DashboardRoute: RouteView = () => {
  return <DashboardView dataset={useDataset()} />;
};
