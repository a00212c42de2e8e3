import { ChartFrame } from '../../charts/ChartFrame';
import { CHARTS } from '../../charts/registry';
import type { Dataset } from '../../data/schema';
import { useSettings } from '../../lib/useSettings';
import { useT } from '../../lib/useT';
import { ChartActions } from '../share/ChartActions';
import { chartAnchor } from '../share/chartAnchor';
import { CiteChartLater } from '../share/CiteChartLater';
import './ChartsSection.css';

export function ChartsSection({ dataset }: { dataset: Dataset }) {
  const { lang, currency } = useSettings();
  const t = useT();
  const ctx = { dataset, lang, currency, t };
  return (
    <section className="section" aria-labelledby="charts-heading" id="charts">
      <h2 id="charts-heading">{t('charts.heading')}</h2>
      <div className="chart-grid">
        {CHARTS.filter((spec) => spec.kind === 'figure').map((spec) => (
          <ChartFrame
            key={spec.id}
            id={chartAnchor(spec)}
            spec={spec}
            ctx={ctx}
            actions={<ChartActions spec={spec} ctx={ctx} embeddable />}
            cite={<CiteChartLater spec={spec} ctx={ctx} headingLevel={4} />}
          />
        ))}
      </div>
    </section>
  );
}
