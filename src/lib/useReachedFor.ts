import { startTransition, useEffect, useRef, useState, type RefObject } from 'react';

// pointermove too: a pointer that rests on the box while the app wakes sends no pointerenter.
const REACH_EVENTS = ['pointerenter', 'pointermove', 'pointerdown', 'focusin'] as const;

/**
 * `reached` once the reader reaches for what is inside `ref`: a pointer over it, a tap, or
 * keyboard focus. A baked chart needs no code until then, so the main thread stays free for the
 * first tap elsewhere. Until `handedOff`, the box itself is the keyboard's stop (the caller
 * renders it with tabIndex 0, in the prerendered page too, so a reader holding Tab before the
 * app wakes still stops on the chart); once the live chart's own focusable surface is in, the
 * box steps aside and hands focus on.
 */
export function useReachedFor(
  ref: RefObject<HTMLElement | null>,
  enabled: boolean,
): { reached: boolean; handedOff: boolean } {
  const [reached, setReached] = useState(false);
  const [handedOff, setHandedOff] = useState(false);
  /** Where the pointer last was over the box, to hand to the live chart when it is in. */
  const pointer = useRef<{ x: number; y: number } | null>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el || !enabled || reached) return;
    if (el.matches(':hover') || el.contains(document.activeElement)) {
      setReached(true);
      return;
    }
    // A transition: the box takes the pointer or focus at once, and the live chart is built in
    // slices behind it instead of holding the frame (≈ 1 s on a slow phone).
    const reach = (event: Event) => {
      if (event instanceof MouseEvent) pointer.current = { x: event.clientX, y: event.clientY };
      startTransition(() => setReached(true));
    };
    for (const type of REACH_EVENTS) el.addEventListener(type, reach);
    return () => {
      for (const type of REACH_EVENTS) el.removeEventListener(type, reach);
    };
  }, [ref, enabled, reached]);

  useEffect(() => {
    const el = ref.current;
    if (!el || !reached) return;
    const track = (event: PointerEvent) => {
      pointer.current = { x: event.clientX, y: event.clientY };
    };
    el.addEventListener('pointermove', track);
    const handOff = (): boolean => {
      // Focusable, not merely there: Recharts may add the surface before its tabindex, and the
      // box must not give up its own while it still holds focus (focus would drop to the page).
      const surface = el.querySelector<SVGElement>('svg.recharts-surface[tabindex]');
      if (!surface) return false;
      if (document.activeElement === el) surface.focus();
      setHandedOff(true);
      el.removeEventListener('pointermove', track);
      // A pointer resting on the chart moves no more: tell the live chart where it is, so its
      // tooltip takes over from the baked drawing's (tipBeforeApp) without a gap.
      const at = pointer.current;
      if (at && el.matches(':hover')) {
        surface.dispatchEvent(
          new MouseEvent('mousemove', { bubbles: true, clientX: at.x, clientY: at.y }),
        );
      }
      return true;
    };
    if (handOff()) return;
    const observer = new MutationObserver(() => {
      if (handOff()) observer.disconnect();
    });
    observer.observe(el, { childList: true, subtree: true, attributeFilter: ['tabindex'] });
    return () => {
      observer.disconnect();
      el.removeEventListener('pointermove', track);
    };
  }, [ref, reached]);

  return { reached, handedOff };
}
