import {
  Suspense,
  useCallback,
  useEffect,
  useState,
  type MouseEvent,
  type ReactNode,
  type SyntheticEvent,
} from 'react';
import datasetUrl from '../../data/dataset.json?url';
import { siteAddress, useSite } from '../../lib/BaseContext';
import { copyText } from '../../lib/copyText';
import { useHydrated } from '../../lib/useHydrated';
import { useSettings } from '../../lib/useSettings';
import { serializeOptions } from '../../lib/urlOptions';
import type { ChartContext } from '../../charts/ChartContext';
import type { ChartSpec } from '../../charts/ChartSpec';
import { onIdle } from '../../lib/onIdle';
import { withLaterWords } from '../../lib/i18n/loadCatalogue';
import { preloadable } from '../../lib/preloadable';
import { exportFileName } from '../../charts/exportFileName';
import { csvFilePath, csvText } from '../../charts/csvFile';
import { chartAnchor } from './chartAnchor';
import './ChartActions.css';

// Not in the first view's script: most readers never open the dialog or export an image. Once
// the app is up they are fetched in a quiet moment, so the first tap on them answers at once.
// The dialog's words come with it (en.later.ts).
const embedDialog = preloadable(() => withLaterWords(import('./EmbedDialog')));
const EmbedDialog = embedDialog.Component;
const loadExport = () => import('../../charts/downloadChart');

interface Props {
  spec: ChartSpec;
  ctx: ChartContext;
  /** The dashboard offers the embed code; an embed page does not embed itself. */
  embeddable: boolean;
  /** What a view adds at the end of the row (an embed: where downloads are refused, EmbedMenu). */
  children?: ReactNode;
}

/**
 * Share and download, under every chart. Each download is marked `data-download`, for a view
 * that must hide them where the browser refuses downloads (EmbedMenu). CSV and JSON are plain links (they work before the
 * scripts have loaded); copying and image exports need the app, so they wait for it, in place.
 */
export function ChartActions({ spec, ctx, embeddable, children }: Props) {
  const { t } = ctx;
  const settings = useSettings();
  const hydrated = useHydrated();
  const [status, setStatus] = useState('');
  const [embedding, setEmbedding] = useState(false);
  // Once its code is in, the dialog is kept in the page, closed: a tap then only shows it.
  const [dialogReady, setDialogReady] = useState(false);
  const closeDialog = useCallback(() => setEmbedding(false), []);
  const title = t(spec.titleKey);
  const { base } = useSite();
  // Buttons that need the app stay in place but invisible (and out of the Tab order) until then.
  const jsButton = hydrated ? 'button' : 'button pending';
  // The build writes each CSV as a file beside the pages (entry-server's csvFiles), so a page
  // does not carry every table in its links. The offline file and the dev server have no such
  // files: there the link carries the table. Known at build time, so the site's bundle leaves
  // out the code that writes a CSV (≈ 490 B gzipped of its first view).
  const csvHref =
    import.meta.env.HASH_ROUTES || import.meta.env.DEV
      ? `data:text/csv;charset=utf-8,${encodeURIComponent(csvText(spec, ctx))}`
      : `${base}${csvFilePath(spec, ctx)}`;

  useEffect(() => {
    if (!hydrated) return;
    return onIdle(() => {
      void loadExport();
      if (embeddable)
        void embedDialog.preload().then(
          () => setDialogReady(true),
          // Not in now: the tap loads it (and says so if it cannot).
          () => undefined,
        );
    });
  }, [hydrated, embeddable]);

  async function copyLink() {
    // The address is read at the tap: a tap replayed as the app wakes comes before hydration ends.
    const link = `${siteAddress(base)}${serializeOptions(settings)}#${chartAnchor(spec)}`;
    setStatus((await copyText(link)) ? t('actions.copied') : t('actions.copyFailed'));
  }

  // The image shows the chart's frame (or the section) these controls belong to.
  const exported = (button: HTMLElement) => button.closest<HTMLElement>('.chart-frame, section');

  // A reader reaching for a download (pointer over it, or focus on it) has the file made ahead.
  function reachForDownload(event: SyntheticEvent<HTMLButtonElement>) {
    const el = exported(event.currentTarget);
    if (el && hydrated)
      void loadExport().then(({ prepareChartSvg }) => prepareChartSvg(el, spec, ctx));
  }

  async function download(event: MouseEvent<HTMLButtonElement>, format: 'svg' | 'png') {
    const el = exported(event.currentTarget);
    if (!el) return;
    try {
      const { downloadChart } = await loadExport();
      await downloadChart(el, spec, ctx, format);
      setStatus('');
    } catch (error) {
      // The reader gets a sentence in their language; the browser's own words, in English, go
      // to the console for whoever debugs it.
      console.warn('Image export failed:', error);
      setStatus(t('actions.exportFailed'));
    }
  }

  return (
    <div className="chart-actions" role="group" aria-label={t('actions.label', { title })}>
      <div className="chart-actions-row">
        {embeddable && (
          <button type="button" className={jsButton} onClick={() => setEmbedding(true)}>
            {t('actions.embed')}
          </button>
        )}
        <button type="button" className={jsButton} onClick={() => void copyLink()}>
          {t('actions.copyLink')}
        </button>
        <button
          type="button"
          className={jsButton}
          title={t('actions.pngTitle')}
          data-download=""
          aria-label={t('actions.download', { what: t('actions.png') })}
          onClick={(event) => void download(event, 'png')}
          onPointerEnter={reachForDownload}
          onFocus={reachForDownload}
        >
          {t('actions.png')}
        </button>
        <button
          type="button"
          className={jsButton}
          title={t('actions.svgTitle')}
          data-download=""
          aria-label={t('actions.download', { what: t('actions.svg') })}
          onClick={(event) => void download(event, 'svg')}
          onPointerEnter={reachForDownload}
          onFocus={reachForDownload}
        >
          {t('actions.svg')}
        </button>
        <a
          className="button"
          href={csvHref}
          download={exportFileName(spec, ctx, 'csv')}
          data-download=""
          title={t('actions.csvTitle')}
          aria-label={t('actions.download', { what: t('actions.csv') })}
        >
          {t('actions.csv')}
        </a>
        <a
          className="button"
          href={datasetUrl}
          download={
            ctx.lang === 'de'
              ? 'militaerhilfe-ukraine_datensatz.json'
              : 'german-aid-ukraine_dataset.json'
          }
          title={t('actions.jsonTitle')}
          data-download=""
        >
          {t('actions.json')}
        </a>
        {children}
      </div>
      <p role="status" className="status">
        {status}
      </p>
      {(embedding || dialogReady) && (
        <Suspense fallback={null}>
          <EmbedDialog
            spec={spec}
            ctx={ctx}
            siteBase={siteAddress(base)}
            open={embedding}
            onClose={closeDialog}
          />
        </Suspense>
      )}
    </div>
  );
}
