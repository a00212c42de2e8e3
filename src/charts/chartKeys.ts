/**
 * Keys a focused chart keeps for itself: the page does not scroll on them, and the deck leaves
 * every key aimed at a chart alone (useDeck). Shared by every live chart (Recharts' through
 * OneFocusStop, DronesChart, LiveBakedChart).
 */
export const CHART_KEYS: ReadonlySet<string> = new Set([
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'ArrowUp',
  'ArrowDown',
  ' ',
]);
