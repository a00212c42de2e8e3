import { useEffect, useId, useRef } from 'react';
import type { ChartContext } from '../../charts/ChartContext';
import type { ChartSpec } from '../../charts/ChartSpec';
import { useSettings } from '../../lib/useSettings';
import { useT } from '../../lib/useT';
import { CodeBox } from './CodeBox';
import { embedSnippet, embedUrl } from './embedSnippet';
import { imageSnippet } from './imageSnippet';
import './EmbedDialog.css';

interface Props {
  spec: ChartSpec;
  ctx: ChartContext;
  siteBase: string;
  onClose: () => void;
}

/**
 * The embed code in a modal <dialog>: the browser traps focus, Esc closes it, and focus returns
 * to the button that opened it (the caller keeps it mounted only while open). Beside the frame's
 * code, a linked picture for places that run no frames (newsletters, feeds).
 */
export default function EmbedDialog({ spec, ctx, siteBase, onClose }: Props) {
  const t = useT();
  const settings = useSettings();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const imageHeadingId = useId();
  const title = t(spec.titleKey);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // jsdom has no showModal; the open attribute shows it there.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    return () => opener?.focus();
  }, []);

  const snippet = embedSnippet(siteBase, spec, t('embed.iframeTitle', { title }), settings);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId} className="dialog-title">
        {t('embed.dialogTitle', { title })}
      </h2>
      <p>{t('embed.intro')}</p>
      <CodeBox code={snippet} label={t('embed.code')} />
      <p>
        <a href={embedUrl(siteBase, spec.id, settings)} target="_blank" rel="noopener noreferrer">
          {t('embed.preview')}
        </a>
      </p>
      <section aria-labelledby={imageHeadingId}>
        <h3 id={imageHeadingId} className="dialog-subtitle">
          {t('embed.imageHeading')}
        </h3>
        <p>{t('embed.imageIntro')}</p>
        <CodeBox
          code={imageSnippet(siteBase, spec, ctx)}
          label={t('embed.imageCode')}
          copyLabel={t('embed.copyImage')}
        />
      </section>
      <button
        type="button"
        className="button dialog-close"
        onClick={() => {
          // Unmounting removes the dialog (and its modal state); jsdom has no close().
          onClose();
        }}
      >
        {t('embed.close')}
      </button>
    </dialog>
  );
}
