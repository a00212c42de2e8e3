import { useState } from 'react';
import type { ChartContext } from '../../charts/ChartContext';
import type { ChartSpec } from '../../charts/ChartSpec';
import { LANG_PREFIX, useSiteAddress } from '../../lib/BaseContext';
import { copyText } from '../../lib/copyText';
import { useHydrated } from '../../lib/useHydrated';
import { chartCitation } from './citation';
import './CiteChart.css';

/** Today as ISO (YYYY-MM-DD), the reader's "accessed" day. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * "Cite this chart" (after OWID Grapher): a one-line citation and a BibTeX entry, each with a
 * copy button. The prerendered page cites without an access date; once the app is here, the
 * reader's day is added.
 */
export function CiteChart({
  spec,
  ctx,
  headingLevel,
}: {
  spec: ChartSpec;
  ctx: ChartContext;
  /** One below the heading it sits under: h4 under a dashboard chart, h2 on an embed page. */
  headingLevel: 2 | 3 | 4;
}) {
  const { t, lang, dataset } = ctx;
  const hydrated = useHydrated();
  const url = `${useSiteAddress()}${LANG_PREFIX[lang]}embed/${spec.id}/`;
  const { line, bibtex } = chartCitation(
    spec,
    dataset,
    lang,
    t,
    url,
    hydrated ? today() : undefined,
  );
  const [copied, setCopied] = useState('');
  const Heading = `h${headingLevel}` as const;

  async function copy(which: 'line' | 'bibtex') {
    const ok = await copyText(which === 'line' ? line : bibtex);
    setCopied(ok ? t('cite.copied') : t('actions.copyFailed'));
  }

  return (
    // A group, not a region: one per chart, and /embed/ shows three, so as landmarks they would
    // repeat one name.
    <div className="cite" role="group" aria-label={t('cite.heading')}>
      <Heading className="cite-heading">{t('cite.heading')}</Heading>
      <p className="cite-line">{line}</p>
      {/* Named, so a screen reader says what it is; its lines wrap, so it never needs scrolling. */}
      <pre className="cite-bibtex" role="group" aria-label="BibTeX">
        <code>{bibtex}</code>
      </pre>
      <div className="cite-actions">
        <button type="button" className="button" onClick={() => void copy('line')}>
          {t('cite.copyLine')}
        </button>
        <button type="button" className="button" onClick={() => void copy('bibtex')}>
          {t('cite.copyBibtex')}
        </button>
        <span role="status" className="status">
          {copied}
        </span>
      </div>
    </div>
  );
}
