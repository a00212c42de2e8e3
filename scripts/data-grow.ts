/**
 * Writes a dataset grown `factor` times (growDataset) for trying the views at scale.
 * Usage: npm run data:grow -- FACTOR [OUT]   (default OUT: tmp/dataset-xFACTOR.json)
 * Then, for instance: DATASET=tmp/dataset-x10.json npm start
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkData } from '../src/data/checkDataset';
import type { Dataset } from '../src/data/schema';
import { growDataset } from './growDataset';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [factorArg, outArg, ...rest] = process.argv.slice(2);
const factor = Number(factorArg);
if (!factorArg || rest.length > 0 || !Number.isInteger(factor) || factor < 1) {
  console.error('usage: data:grow -- FACTOR [OUT]   (FACTOR a whole number, such as 10 or 50)');
  process.exit(2);
}
const dataset = JSON.parse(
  readFileSync(resolve(repoRoot, 'src/data/dataset.json'), 'utf8'),
) as Dataset;
const grown = growDataset(dataset, factor);
const checked = checkData(grown);
if (!checked.ok) {
  console.error(checked.problems.join('\n'));
  process.exit(1);
}
// A path the user gives is relative to where they are (npm moves to the repo root).
const here = process.env.INIT_CWD ?? process.cwd();
const out = outArg ? resolve(here, outArg) : resolve(repoRoot, `tmp/dataset-x${factor}.json`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(grown, null, 2)}\n`);
console.log(
  `${out}: ${grown.timeline.length} events, ${grown.quotes.length} quotes (×${factor}), valid`,
);
