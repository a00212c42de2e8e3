import { startTransition, useEffect, useState, type RefObject } from 'react';

// pointermove too: a pointer that rests on the box while the app wakes sends no pointerenter.
const REACH_EVENTS = ['pointerenter', 'pointermove', 'pointerdown', 'focusin'] as const;

/**
 * `reached` once the reader reaches for what is inside `ref`: a pointer over it, a tap, or
 * keyboard focus. A baked chart needs no code until then, so the main thread stays free for the
 * first tap elsewhere. Until `handedOff`, the box itself is the keyboard's stop (the caller
 * renders it with tabIndex 0, in the prerendered page too, so a reader holding Tab before the
 * app wakes still stops on the chart); once the live layer (LiveBakedChart), its own stop, is
 * in, the box steps aside and hands focus on.
 */
export function useReachedFor(
  ref: RefObject<HTMLElement | null>,
  enabled: boolean,
): { reached: boolean; handedOff: boolean } {
  const [reached, setReached] = useState(false);
  const [handedOff, setHandedOff] = useState(false);

  useEffect(() => {
    const el = ref.current;
    if (!el || !enabled || reached) return;
    if (el.matches(':hover') || el.contains(document.activeElement)) {
      setReached(true);
      return;
    }
    // A transition: the box takes the pointer or focus at once, and the live layer comes in
    // behind it instead of holding the frame.
    const reach = () => startTransition(() => setReached(true));
    for (const type of REACH_EVENTS) el.addEventListener(type, reach);
    return () => {
      for (const type of REACH_EVENTS) el.removeEventListener(type, reach);
    };
  }, [ref, enabled, reached]);

  useEffect(() => {
    const el = ref.current;
    if (!el || !reached) return;
    // The drawing made live (LiveBakedChart) is a layer over it that the pointer passes through,
    // so the boot script's tooltips go on answering a resting pointer: only focus is handed on.
    const handOff = (): boolean => {
      const layer = el.querySelector<HTMLElement>('.baked-live');
      if (!layer) return false;
      if (document.activeElement === el) layer.focus();
      setHandedOff(true);
      return true;
    };
    if (handOff()) return;
    const observer = new MutationObserver(() => {
      if (handOff()) observer.disconnect();
    });
    observer.observe(el, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [ref, reached]);

  return { reached, handedOff };
}
