import { useCallback, useEffect, useRef, useState } from 'react';
import { useHydrated } from '../../lib/useHydrated';
import { slideIndex } from './buildSlides';
import { inTextField } from './inTextField';

/** The channel both windows of one browser share: presenter and audience stay on one slide. */
export const DECK_CHANNEL = 'german-aid-present';

interface DeckMessage {
  type: 'goto';
  index: number;
}

function isDeckMessage(data: unknown): data is DeckMessage {
  const d = data as Partial<DeckMessage> | null;
  return (
    typeof d === 'object' &&
    d?.type === 'goto' &&
    typeof d.index === 'number' &&
    Number.isInteger(d.index)
  );
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/**
 * Where keys pressed before the app was here lead from a slide: answerBeforeApp keeps them one a
 * line (`S` for Shift+Space), and those that move the deck move it as they would have.
 */
export function takeSteps(start: number, keys: string, count: number): number {
  let index = start;
  for (const key of keys.split('\n')) {
    if (key === 'Home') index = 0;
    else if (key === 'End') index = count - 1;
    else if (NEXT.has(key)) index += 1;
    else if (PREVIOUS.has(key) || key === 'S') index -= 1;
    index = Math.min(Math.max(index, 0), count - 1);
  }
  return index;
}

/** The address of slide `index` (0-based, 1-based in the URL), keeping the deck's other options. */
export function slideUrl(index: number): URL {
  const url = new URL(window.location.href);
  url.searchParams.set('slide', String(index + 1));
  return url;
}

/** Writes the slide into the address (replaceState: stepping is not history). */
function writeSlide(index: number) {
  window.history.replaceState(window.history.state, '', slideUrl(index));
}

/**
 * The deck's position and its controls, like a clicker: keys, swipes, the URL (`?slide=N`, so a
 * reload or a shared link opens the same slide) and a BroadcastChannel to the other window. O,
 * and Esc outside full screen, ask for the overview (`onOverview`); while it is open
 * (`overviewOpen`) its grid has the arrows, and the deck keeps only F.
 */
export function useDeck(count: number, onOverview: () => void, overviewOpen = false) {
  const hydrated = useHydrated();
  const [chosen, setChosen] = useState<number | null>(null);
  // Slide keys pressed before the app was here, which answerBeforeApp kept on #root.
  const [early] = useState(() =>
    typeof document === 'undefined'
      ? ''
      : (document.getElementById('root')?.dataset.deckKeys ?? ''),
  );
  const channel = useRef<BroadcastChannel | null>(null);
  // The prerendered page shows the first slide; in the browser the URL's slide, and the steps
  // taken before the app was here, until one is chosen.
  const index = !hydrated
    ? 0
    : (chosen ??
      takeSteps(
        slideIndex(new URLSearchParams(window.location.search).get('slide'), count),
        early,
        count,
      ));

  useEffect(() => {
    if (hydrated) writeSlide(index);
  }, [hydrated, index]);

  const go = useCallback(
    (target: number) => {
      const next = Math.min(Math.max(target, 0), count - 1);
      setChosen(next);
      channel.current?.postMessage({ type: 'goto', index: next } satisfies DeckMessage);
    },
    [count],
  );

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const bc = new BroadcastChannel(DECK_CHANNEL);
    channel.current = bc;
    bc.onmessage = (event: MessageEvent<unknown>) => {
      if (!isDeckMessage(event.data)) return;
      setChosen(Math.min(Math.max(event.data.index, 0), count - 1));
    };
    return () => {
      bc.close();
      channel.current = null;
    };
  }, [count]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof Element ? event.target : null;
      if (inTextField(event)) return;
      // A focused chart keeps its keys: arrows move between its points (OneFocusStop).
      if (target?.closest('.recharts-wrapper, .waffle')) return;
      let handled = true;
      if (event.key === 'f' || event.key === 'F') toggleFullscreen();
      else if (overviewOpen) handled = false;
      else if (NEXT.has(event.key) && !(event.key === ' ' && event.shiftKey)) go(index + 1);
      else if (PREVIOUS.has(event.key) || (event.key === ' ' && event.shiftKey)) go(index - 1);
      else if (event.key === 'Home') go(0);
      else if (event.key === 'End') go(count - 1);
      else if (event.key === 'o' || event.key === 'O') onOverview();
      else if (event.key === 'Escape') {
        // In full screen the browser takes Esc to leave it; otherwise Esc shows every slide.
        if (document.fullscreenElement) void document.exitFullscreen();
        else onOverview();
      } else handled = false;
      if (handled) event.preventDefault();
    }
    let start: { x: number; y: number } | null = null;
    function onPointerDown(event: PointerEvent) {
      start = event.pointerType === 'mouse' ? null : { x: event.clientX, y: event.clientY };
    }
    function onPointerUp(event: PointerEvent) {
      if (!start || overviewOpen) return;
      const dx = event.clientX - start.x;
      const dy = event.clientY - start.y;
      start = null;
      if (Math.abs(dx) > 50 && Math.abs(dx) > Math.abs(dy) * 1.5) go(index + (dx < 0 ? 1 : -1));
    }
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointerDown);
    window.addEventListener('pointerup', onPointerUp);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointerDown);
      window.removeEventListener('pointerup', onPointerUp);
    };
  }, [go, index, count, onOverview, overviewOpen]);

  return { index, go };
}

export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}
