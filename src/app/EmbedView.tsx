import { ChartFrame } from '../charts/ChartFrame';
import type { ChartSpec } from '../charts/ChartSpec';
import { chartById } from '../charts/registry';
import type { Dataset } from '../data/schema';
import { CiteChart } from '../features/share/CiteChart';
import { EmbedMenu } from '../features/share/EmbedMenu';
import { useSettings } from '../lib/useSettings';
import { useT } from '../lib/useT';
import { NotFoundView } from './NotFoundView';
import { useDataset } from './DatasetContext';
import type { RouteView } from './RouteView';
import './EmbedView.css';

/**
 * One chart, framed for someone else's page: title, tabs, source, downloads and a link to the
 * full dashboard; no site navigation. The boot script tells the host its height and fits the
 * page to a frame that stays shorter (src/boot/embedInFrame.ts; the fit is in EmbedView.css).
 */
export function EmbedView({ dataset, spec }: { dataset: Dataset; spec: ChartSpec }) {
  const { lang, currency } = useSettings();
  const t = useT();
  const ctx = { dataset, lang, currency, t };
  return (
    // Named by its chart, so a page showing several embeds lists each by name.
    <main className="embed" aria-label={t(spec.titleKey)}>
      <ChartFrame
        spec={spec}
        ctx={ctx}
        headingLevel={1}
        actions={<EmbedMenu spec={spec} ctx={ctx} />}
        cite={<CiteChart spec={spec} ctx={ctx} headingLevel={2} />}
      />
    </main>
  );
}

export const EmbedRoute: RouteView = ({ route }) => {
  const dataset = useDataset();
  const spec = route.name === 'embed' ? chartById(route.chartId) : undefined;
  if (spec) return <EmbedView dataset={dataset} spec={spec} />;
  return <NotFoundView path={route.name === 'embed' ? `/embed/${route.chartId}/` : '/'} />;
};
