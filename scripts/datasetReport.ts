import { checkDataset } from '../src/data/checkDataset';

/**
 * What `npm run check:data` and the build say of a dataset's text: one line per problem, each
 * starting with the file's label, or one line summing up a valid file.
 */
export function datasetReport(text: string, label: string): { ok: boolean; lines: string[] } {
  const result = checkDataset(text);
  if (!result.ok) {
    return { ok: false, lines: result.problems.map((problem) => `${label}: ${problem}`) };
  }
  const { figures, quotes, timeline } = result.data;
  return {
    ok: true,
    lines: [
      `✓ ${label}: ${plural(figures.length, 'figure')}, ${plural(quotes.length, 'quote')}, ` +
        plural(timeline.length, 'timeline event'),
    ],
  };
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
