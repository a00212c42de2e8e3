import { useCallback, useEffect, useRef, useState } from 'react';
import { useHydrated } from '../../lib/useHydrated';
import { AUTOPLAY_DEFAULT, autoplaySeconds } from './autoplaySeconds';
import { inTextField } from './inTextField';
import { useWakeLock, type WakeLockState } from './useWakeLock';

/** After this long without a key, tap or pointer movement, a paused loop plays again. */
export const RESUME_AFTER_MS = 60_000;
/** A still pointer is hidden after this long while the loop plays. */
export const HIDE_POINTER_AFTER_MS = 3_000;
/** The loop's own channel, beside the deck's: both windows play, pause and resume together. */
export const AUTOPLAY_CHANNEL = 'german-aid-present-autoplay';

interface AutoplayMessage {
  type: 'autoplay';
  seconds: number | null;
  paused: boolean;
}

function isAutoplayMessage(data: unknown): data is AutoplayMessage {
  const d = data as Partial<AutoplayMessage> | null;
  return (
    typeof d === 'object' &&
    d?.type === 'autoplay' &&
    typeof d.paused === 'boolean' &&
    (d.seconds === null || (typeof d.seconds === 'number' && Number.isInteger(d.seconds)))
  );
}

export interface Autoplay {
  /** Seconds per slide, or null when the deck does not play on its own. */
  seconds: number | null;
  /** Playing now: on, and not paused by someone at the screen. */
  running: boolean;
  /** Plays at this pace (from the current slide), or stops with null. */
  play: (seconds: number | null) => void;
  /** P: plays a paused loop at once, pauses a playing one, starts one at the default pace. */
  toggle: () => void;
  /** The pointer has been still while the loop plays: the deck hides it. */
  pointerHidden: boolean;
  wakeLock: WakeLockState;
}

/** Writes the pace into the address, so a reload, a bookmark or the audience window keep it. */
function writeAutoplay(seconds: number | null) {
  const url = new URL(window.location.href);
  if (seconds === null) url.searchParams.delete('autoplay');
  else url.searchParams.set('autoplay', String(seconds));
  window.history.replaceState(window.history.state, '', url);
}

/** Whether an input event is a person at the screen (not the loop's own control, nor a key it takes). */
function isPresence(event: Event): boolean {
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest('[data-autoplay-control]')) return false;
  // A pointer that did not move: Chromium sends these when the page changes under a still mouse.
  if (event instanceof PointerEvent && event.type === 'pointermove')
    return event.movementX !== 0 || event.movementY !== 0;
  return true;
}

/** P, without a modifier (Ctrl+P prints). */
function isPlayKey(event: KeyboardEvent): boolean {
  return (
    (event.key === 'p' || event.key === 'P') && !event.altKey && !event.ctrlKey && !event.metaKey
  );
}

/**
 * The unattended loop (`?autoplay=12`): advances every `seconds`, from the last slide back to the
 * first. Anyone at the screen (a key, a tap, the pointer moving) pauses it, and it plays again
 * after a minute without input, or at once with P. While on, it keeps the screen awake; while
 * playing, it hides a still pointer. One timer for the slide, one for the pause, one for the
 * pointer: each is cleared when its reason ends, so a day of slides leaves none behind.
 */
export function useAutoplay(
  index: number,
  count: number,
  go: (index: number) => void,
  onResume?: () => void,
): Autoplay {
  const hydrated = useHydrated();
  // Undefined until chosen here or in the other window: the address's pace, once the app is here
  // (the prerendered deck does not play).
  const [chosen, setSeconds] = useState<number | null | undefined>(undefined);
  const seconds =
    chosen !== undefined
      ? chosen
      : hydrated
        ? autoplaySeconds(new URLSearchParams(window.location.search).get('autoplay'))
        : null;
  const [paused, setPaused] = useState(false);
  const [pointerStill, setPointerStill] = useState(false);
  const lastInput = useRef(0);
  const channel = useRef<BroadcastChannel | null>(null);
  const running = seconds !== null && !paused;
  const wakeLock = useWakeLock(seconds !== null);

  const share = useCallback((next: { seconds: number | null; paused: boolean }) => {
    channel.current?.postMessage({ type: 'autoplay', ...next } satisfies AutoplayMessage);
  }, []);

  const play = useCallback(
    (next: number | null) => {
      setSeconds(next);
      setPaused(false);
      writeAutoplay(next);
      share({ seconds: next, paused: false });
    },
    [share],
  );

  const toggle = useCallback(() => {
    if (seconds === null) play(AUTOPLAY_DEFAULT);
    else {
      lastInput.current = Date.now();
      setPaused(!paused);
      share({ seconds, paused: !paused });
    }
  }, [seconds, paused, play, share]);

  // The slide's own time: a fresh slide (from the loop, a key or the other window) starts it anew.
  useEffect(() => {
    if (!running || seconds === null) return;
    const ms = seconds * 1000;
    const id = window.setTimeout(() => go(index + 1 < count ? index + 1 : 0), ms);
    return () => window.clearTimeout(id);
  }, [running, seconds, index, count, go]);

  // Someone is there: pause, and play again a minute after the last input.
  useEffect(() => {
    if (seconds === null) return;
    const onInput = (event: Event) => {
      if (!isPresence(event)) return;
      // P is the loop's own key (below), not someone stopping it.
      if (event instanceof KeyboardEvent && isPlayKey(event)) return;
      lastInput.current = Date.now();
      if (!paused) {
        setPaused(true);
        share({ seconds, paused: true });
      }
    };
    const events = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;
    for (const type of events)
      window.addEventListener(type, onInput, { capture: true, passive: true });
    return () => {
      for (const type of events) window.removeEventListener(type, onInput, { capture: true });
    };
  }, [seconds, paused, share]);

  useEffect(() => {
    if (seconds === null || !paused) return;
    let id = 0;
    const check = () => {
      const left = lastInput.current + RESUME_AFTER_MS - Date.now();
      if (left <= 0) {
        setPaused(false);
        onResume?.();
      } else id = window.setTimeout(check, left);
    };
    check();
    return () => window.clearTimeout(id);
  }, [seconds, paused, onResume]);

  // P, anywhere but a text field.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isPlayKey(event) || event.repeat || inTextField(event)) return;
      event.preventDefault();
      toggle();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggle]);

  useEffect(() => {
    if (!running) return;
    const id = window.setTimeout(() => setPointerStill(true), HIDE_POINTER_AFTER_MS);
    return () => {
      window.clearTimeout(id);
      setPointerStill(false);
    };
  }, [running]);

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const bc = new BroadcastChannel(AUTOPLAY_CHANNEL);
    channel.current = bc;
    bc.onmessage = (event: MessageEvent<unknown>) => {
      if (!isAutoplayMessage(event.data)) return;
      lastInput.current = Date.now();
      setSeconds(event.data.seconds);
      setPaused(event.data.paused);
      writeAutoplay(event.data.seconds);
    };
    return () => {
      bc.close();
      channel.current = null;
    };
  }, []);

  return { seconds, running, play, toggle, pointerHidden: running && pointerStill, wakeLock };
}
