import { useEffect, useState } from 'react';

/** Whether the screen is kept awake: asked for and held, refused by the browser, or not asked. */
export type WakeLockState = 'off' | 'held' | 'refused';

/**
 * Keeps the screen awake while `active` (Screen Wake Lock). The browser lets go of the lock when
 * the page is hidden, so it is taken again each time the page becomes visible. Where there is no
 * API, or the browser says no (no user gesture, a battery saver, a frame without permission),
 * the state says so, for the presenter view to tell the speaker once.
 */
export function useWakeLock(active: boolean): WakeLockState {
  const [state, setState] = useState<WakeLockState>('off');
  useEffect(() => {
    if (!active) return;
    let sentinel: WakeLockSentinel | null = null;
    let stopped = false;
    const take = () => {
      if (document.visibilityState !== 'visible' || (sentinel && !sentinel.released)) return;
      if (!('wakeLock' in navigator)) {
        setState('refused');
        return;
      }
      navigator.wakeLock.request('screen').then(
        (lock) => {
          if (stopped) {
            void lock.release();
            return;
          }
          sentinel = lock;
          setState('held');
        },
        () => {
          if (!stopped) setState('refused');
        },
      );
    };
    take();
    document.addEventListener('visibilitychange', take);
    return () => {
      stopped = true;
      document.removeEventListener('visibilitychange', take);
      void sentinel?.release();
    };
  }, [active]);
  return active ? state : 'off';
}
