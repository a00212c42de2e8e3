/** Seconds per slide when `?autoplay` names none, or none that is a number. */
export const AUTOPLAY_DEFAULT = 12;
/** An hour a slide: more is a mangled link, not a loop anyone waits through. */
export const AUTOPLAY_MAX = 3600;

/**
 * The seconds per slide `?autoplay=` asks for, or null when it is absent (no loop). Forgiving
 * like `?slide=`: whole seconds, anything out of range goes to the nearest (1, or an hour), and a
 * bare or unreadable value still means "play", at the default pace, which the control then shows.
 */
export function autoplaySeconds(raw: string | null): number | null {
  if (raw === null) return null;
  const n = Number(raw.trim());
  if (raw.trim() === '' || !Number.isFinite(n)) return AUTOPLAY_DEFAULT;
  return Math.min(Math.max(Math.round(n), 1), AUTOPLAY_MAX);
}
