import { useEffectEvent, useId, useLayoutEffect, useMemo, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { ChartContext } from '../../charts/ChartContext';
import type { ChartSpec } from '../../charts/ChartSpec';
import { useSettings } from '../../lib/useSettings';
import { useT } from '../../lib/useT';
import { afterNextPaint } from '../../lib/afterNextPaint';
import { CodeBox } from './CodeBox';
import { embedSnippet, embedUrl } from './embedSnippet';
import { imageSnippet } from './imageSnippet';
import './EmbedDialog.css';

interface Props {
  spec: ChartSpec;
  ctx: ChartContext;
  siteBase: string;
  /** Kept mounted (and closed) once its code is in, so opening it only shows it. */
  open: boolean;
  onClose: () => void;
}

/**
 * The embed code in a dialog that behaves as a modal one: focus moves into it, Esc, Close or a
 * tap beside it closes it, focus returns to the button that opened it, and the rest of the page
 * is inert while it is open. Beside the frame's code, a linked picture for places that run no
 * frames (newsletters, feeds).
 *
 * Not `showModal()`: making the page inert restyles all of it (≈ 25 ms at 4× CPU, with the
 * dialog's own first layout on top), and the tap waited for that before anything showed. So the
 * dialog opens with `show()` above its own backdrop, both already painted and only transparent
 * while closed (EmbedDialog.css), and the page behind it is made inert in the task after that
 * frame. It is portalled to the body so the inert page does not hold it.
 */
export default function EmbedDialog({ spec, ctx, siteBase, open, onClose }: Props) {
  const t = useT();
  const settings = useSettings();
  const layer = useRef<HTMLDivElement>(null);
  const ref = useRef<HTMLDialogElement>(null);
  const backdrop = useRef<HTMLDivElement>(null);
  // Read when called, so a new onClose never reopens the dialog.
  const close = useEffectEvent(() => onClose());
  const titleId = useId();
  const imageHeadingId = useId();
  const title = t(spec.titleKey);

  useLayoutEffect(() => {
    const dialog = ref.current;
    const own = layer.current;
    const dim = backdrop.current;
    if (!open || !dialog || !own || !dim) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // Shown still inert (as it mounts, and again on each close), so show() finds nothing to
    // focus: focusing the code in the same task made the browser restyle and lay out the dialog
    // before the frame (≈ 15 ms of a 20 ms show() at 4× CPU). The focus moves in after the frame
    // that shows it.
    // jsdom has no show(); the open attribute shows it there.
    if (typeof dialog.show === 'function') dialog.show();
    else dialog.setAttribute('open', '');
    // What a modal dialog's close request does (Esc), and a tap beside it, which Close also does.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      close();
    };
    const onTapBeside = () => close();
    dialog.addEventListener('keydown', onKey);
    dim.addEventListener('click', onTapBeside);
    let behind: HTMLElement[] = [];
    const cancel = afterNextPaint(() => {
      dialog.inert = false;
      // The dialog's focusing steps, now: its first control (the code).
      dialog.querySelector<HTMLElement>('[autofocus], textarea, input, button, [href]')?.focus();
      behind = [...document.body.children].filter(
        (el): el is HTMLElement => el instanceof HTMLElement && el !== own && !el.inert,
      );
      for (const el of behind) el.inert = true;
    });
    return () => {
      cancel();
      dialog.inert = true;
      dialog.removeEventListener('keydown', onKey);
      dim.removeEventListener('click', onTapBeside);
      for (const el of behind) el.inert = false;
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      opener?.focus();
    };
  }, [open]);

  // The same element while only `open` changes: opening re-renders none of the code boxes.
  const content = useMemo(() => {
    const snippet = embedSnippet(siteBase, spec, t('embed.iframeTitle', { title }), settings);
    return (
      <>
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
        <button type="button" className="button dialog-close" onClick={onClose}>
          {t('embed.close')}
        </button>
      </>
    );
  }, [siteBase, spec, ctx, settings, t, title, titleId, imageHeadingId, onClose]);

  return createPortal(
    <div ref={layer} className="dialog-layer">
      <div
        ref={backdrop}
        className={open ? 'dialog-backdrop' : 'dialog-backdrop is-closed'}
        aria-hidden="true"
      />
      {/* Closed, it is only transparent (EmbedDialog.css): inert keeps it out of reach. The
          effect above lifts it after the frame that shows the dialog, and puts it back on close;
          React sets it once, as the dialog mounts closed. */}
      <dialog ref={ref} className="dialog" aria-labelledby={titleId} aria-modal="true" inert>
        {content}
      </dialog>
    </div>,
    document.body,
  );
}
