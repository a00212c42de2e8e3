import type { ChartTip } from './ChartTip';

/**
 * What a keyboard reader's tooltip says, read out by a screen reader (a polite live region): its
 * title and lines as one sentence, nothing while no tooltip shows.
 */
export function TipAnnouncement({ tip }: { tip: ChartTip | null | undefined }) {
  return (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {tip ? [tip.title, ...tip.lines.map((line) => line.text)].join(' ') : ''}
    </p>
  );
}
