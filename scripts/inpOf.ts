/**
 * A page's INP as web-vitals computes it from Event Timing: its longest interaction, but on a
 * page of many interactions one in every 50 is set aside (the 98th percentile), as a real
 * reader's page is judged. `durations` holds each interaction's longest event; interactions
 * under Event Timing's 16 ms threshold have none, so the count here is the lower one, and the
 * figure is never below web-vitals' own. 0 when there are none.
 */
export function inpOf(durations: readonly number[]): number {
  const longestFirst = [...durations].sort((a, b) => b - a);
  return longestFirst[Math.min(Math.floor(longestFirst.length / 50), longestFirst.length - 1)] ?? 0;
}
