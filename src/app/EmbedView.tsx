import { useRef } from 'react';
import { ChartFrame } from '../charts/ChartFrame';
import type { ChartSpec } from '../charts/ChartSpec';
import type { Dataset } from '../data/schema';
import { ChartActions } from '../features/share/ChartActions';
import { usePageHref } from '../lib/BaseContext';
import { useEmbedHeight } from '../lib/useEmbedHeight';
import { useSettings } from '../lib/useSettings';
import { useT } from '../lib/useT';

/**
 * One chart, framed for someone else's page: title, tabs, source, downloads and a link to the
 * full dashboard; no site navigation. It reports its height to the host's loader.
 */
export function EmbedView({ dataset, spec }: { dataset: Dataset; spec: ChartSpec }) {
  const { lang, currency } = useSettings();
  const t = useT();
  const pageHref = usePageHref();
  const ref = useRef<HTMLElement>(null);
  useEmbedHeight(ref);
  const ctx = { dataset, lang, currency, t };
  return (
    <main ref={ref} className="embed">
      <ChartFrame
        spec={spec}
        ctx={ctx}
        headingLevel={1}
        actions={<ChartActions spec={spec} ctx={ctx} embeddable={false} />}
      />
      <p className="embed-credit">
        <a href={pageHref('')} target="_blank" rel="noopener noreferrer">
          {t('embed.fullDashboard')}: {t('site.title')}
        </a>
      </p>
    </main>
  );
}
