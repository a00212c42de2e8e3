import { useId, useState } from 'react';
import { afterNextPaint } from '../../lib/afterNextPaint';
import { copyText } from '../../lib/copyText';
import { useT } from '../../lib/useT';
import './CodeBox.css';

/**
 * Read-only code with a copy button; the result is announced to screen readers. `copyLabel`
 * names the button where a view shows more than one box, so each says what it copies.
 */
export function CodeBox({
  code,
  label,
  copyLabel,
}: {
  code: string;
  label: string;
  copyLabel?: string;
}) {
  const t = useT();
  const id = useId();
  const [status, setStatus] = useState('');

  async function copy() {
    setStatus((await copyText(code)) ? t('embed.copied') : t('actions.copyFailed'));
  }

  return (
    <div className="code-box">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        readOnly
        value={code}
        rows={5}
        spellCheck={false}
        // Selected for Ctrl+C after the frame that shows it: a dialog opening on it answers first.
        onFocus={(e) => {
          const box = e.currentTarget;
          afterNextPaint(() => {
            if (document.activeElement === box) box.select();
          });
        }}
      />
      <div className="code-box-actions">
        <button type="button" className="button" onClick={() => void copy()}>
          {copyLabel ?? t('embed.copy')}
        </button>
        <span role="status" className="status">
          {status}
        </span>
      </div>
    </div>
  );
}
