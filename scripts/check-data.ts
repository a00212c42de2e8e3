/**
 * Checks a dataset file against the schema before it can reach a build.
 * Usage: npm run check:data -- [FILE]   (default: src/data/dataset.json)
 * Exit 0 when valid; 1 with one line per problem on stderr; 2 on a usage error.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { datasetReport } from './datasetReport';

const DEFAULT_FILE = 'src/data/dataset.json';
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function main(args: readonly string[]): number {
  if (args.length > 1) {
    console.error('usage: check-data [FILE]   (default: src/data/dataset.json)');
    return 2;
  }
  // The default is found from the repo root so the check works from any folder; a path the user
  // gives is theirs, relative to where they are, and is echoed back as given. Run as
  // `npm run check:data`, npm has moved to the repo root: INIT_CWD is where the user was.
  const label = args[0] ?? DEFAULT_FILE;
  const here = process.env.npm_lifecycle_event === 'check:data' ? process.env.INIT_CWD : undefined;
  const file =
    args[0] === undefined ? resolve(repoRoot, DEFAULT_FILE) : resolve(here ?? process.cwd(), label);

  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`${label}: cannot read the file (${readErrorReason(error)})`);
    return 1;
  }

  const { ok, lines } = datasetReport(text, label);
  for (const line of lines) (ok ? console.log : console.error)(line);
  return ok ? 0 : 1;
}

function readErrorReason(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? error.code : undefined;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

// exitCode rather than exit() so buffered stderr lines are not cut off.
process.exitCode = main(process.argv.slice(2));
