import { useId } from 'react';
import type { ChartContext } from '../../charts/ChartContext';
import type { ChartSpec } from '../../charts/ChartSpec';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useBase, usePageHref } from '../../lib/BaseContext';
import { ChartActions } from './ChartActions';
import { chartPageUrl } from './chartPageUrl';
import './EmbedMenu.css';

/**
 * The end of an embed's card: its share and download actions, the language and a link to the
 * whole dashboard. Where the frame is tall enough they sit in the card like any other part; in
 * a frame too short for the page (`<html data-fit>`, set by the boot script's fitToFrame) they
 * gather behind one button, a native popover that needs no script, so the
 * chart keeps the room. In a sandbox that refuses downloads (`<html data-sandboxed>`) a line in
 * their place says so and links the chart's own page, where they work.
 */
export function EmbedMenu({ spec, ctx }: { spec: ChartSpec; ctx: ChartContext }) {
  const { t } = ctx;
  const id = useId();
  const pageHref = usePageHref();
  const chartPage = chartPageUrl(useBase(), spec, ctx);
  return (
    <div className="embed-menu-bar">
      <button
        type="button"
        id={`${id}-toggle`}
        className="button embed-menu-toggle"
        popoverTarget={id}
      >
        {t('embed.more')}
      </button>
      {/* A group (as browsers expose a popover), named by its button. */}
      <div
        id={id}
        popover="auto"
        role="group"
        className="embed-menu"
        aria-labelledby={`${id}-toggle`}
      >
        <ChartActions spec={spec} ctx={ctx} embeddable={false}>
          <span className="embed-sandboxed">
            {t('embed.sandboxed')}{' '}
            <a href={chartPage} target="_blank" rel="noopener noreferrer">
              {t('embed.chartPage')}
            </a>
          </span>
        </ChartActions>
        <LanguageSwitch landmark={false} />
        <p className="embed-credit">
          <a href={pageHref('')} target="_blank" rel="noopener noreferrer">
            {t('embed.fullDashboard')}: {t('site.title')}
          </a>
        </p>
      </div>
    </div>
  );
}
