import { useEffect, useState } from 'react';
import { useT } from '../../lib/useT';
import { DeckLabel } from './DeckLabel';
import { AUTOPLAY_DEFAULT, AUTOPLAY_MAX } from './autoplaySeconds';
import type { Autoplay } from './useAutoplay';
import './AutoplayControl.css';

/**
 * The slide's seconds left, counted down once a second by its own timer, so only it re-renders.
 * Mounted afresh for each slide (its key), it starts from the whole pace.
 */
function SecondsLeft({ seconds }: { seconds: number }) {
  const t = useT();
  const [start] = useState(() => Date.now());
  const [now, setNow] = useState(start);
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, []);
  const left = Math.max(0, seconds - Math.floor((now - start) / 1000));
  return <>{t('present.autoplayLeft', { seconds: left })}</>;
}

/**
 * The loop's switch and how long the slide has left. On: the deck plays on its own, from the
 * address's pace or the default (the presenter view sets it); off: it waits for keys. The deck
 * does not count a tap on it as someone at the screen (`data-autoplay-control`).
 */
export function AutoplayControl({
  autoplay,
  slide,
  presenter = false,
}: {
  autoplay: Autoplay;
  /** The slide showing: the countdown starts anew with each. */
  slide: number;
  presenter?: boolean;
}) {
  const t = useT();
  const { seconds, running } = autoplay;
  // The pace to start at: the playing one, else the last typed, else the default.
  const [typed, setTyped] = useState<number | null>(null);
  const pace = seconds ?? typed ?? AUTOPLAY_DEFAULT;
  return (
    <span className="deck-autoplay" data-autoplay-control="">
      <button
        type="button"
        className="deck-button"
        aria-pressed={seconds !== null}
        onClick={() => autoplay.play(seconds === null ? pace : null)}
      >
        <DeckLabel icon="▶" words={t('present.autoplay')} />
      </button>
      {presenter && (
        <label className="deck-autoplay-pace">
          {t('present.autoplaySeconds')}{' '}
          <input
            type="number"
            min={1}
            max={AUTOPLAY_MAX}
            step={1}
            value={pace}
            onChange={(event) => {
              const n = Math.round(Number(event.target.value));
              if (!Number.isFinite(n) || n < 1 || n > AUTOPLAY_MAX) return;
              setTyped(n);
              if (seconds !== null) autoplay.play(n);
            }}
          />
        </label>
      )}
      {seconds !== null && (
        <span className="deck-autoplay-left">
          {running ? (
            <SecondsLeft key={`${slide}:${seconds}`} seconds={seconds} />
          ) : (
            t('present.autoplayPaused')
          )}
        </span>
      )}
    </span>
  );
}
