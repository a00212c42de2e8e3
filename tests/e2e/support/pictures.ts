/**
 * Reference pictures: each view's screenshot and each chart's baked SVG, compared with the copies
 * stored in tests/pictures/ (screenshots with the tolerance of support/tolerantDiff.ts). A
 * mismatch writes what was drawn, and for a screenshot a diff image with the changed pixels in
 * red, to test-results/pictures/. `npm run test:pictures -- --update`
 * (support/updating.ts) writes the references instead.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { PNG } from 'pngjs';
import { RESULTS_DIR, ROOT_DIR } from './paths';
import { tolerantDiff, MAX_CHANGED } from './tolerantDiff';
import { updatingReferences } from './updating';

export const PICTURES_DIR = resolve(ROOT_DIR, 'tests/pictures');
const FAILED_DIR = resolve(RESULTS_DIR, 'pictures');
const UPDATE_HINT = 'npm run test:pictures -- --update';

async function write(path: string, data: Buffer | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, data);
}

export interface PictureResult {
  /** Empty when the picture matches (or was just written as the new reference). */
  problem: string;
}

/**
 * Compares a PNG screenshot with tests/pictures/<name>.png. A failure's pictures are written as
 * `reportAs` (the name by default): a test that changes a page on purpose keeps its own.
 */
export async function comparePng(
  name: string,
  actual: Buffer,
  reportAs = name,
): Promise<PictureResult> {
  const referencePath = resolve(PICTURES_DIR, `${name}.png`);
  // A picture of a page changed on purpose (the proof that changes are caught) is never a
  // reference: with --update it is still compared, with the reference just written.
  if (updatingReferences && reportAs === name) {
    await write(referencePath, actual);
    return { problem: '' };
  }
  if (!existsSync(referencePath)) {
    await write(resolve(FAILED_DIR, `${name}.actual.png`), actual);
    return { problem: `${name}: no reference picture yet; run \`${UPDATE_HINT}\`` };
  }
  const expected = PNG.sync.read(await readFile(referencePath));
  const drawn = PNG.sync.read(actual);
  const failed = async (problem: string, diff?: PNG): Promise<PictureResult> => {
    await write(resolve(FAILED_DIR, `${reportAs}.actual.png`), actual);
    await write(resolve(FAILED_DIR, `${reportAs}.expected.png`), PNG.sync.write(expected));
    if (diff) await write(resolve(FAILED_DIR, `${reportAs}.diff.png`), PNG.sync.write(diff));
    const where = relative(ROOT_DIR, FAILED_DIR);
    return { problem: `${name}: ${problem} (see ${where}/${reportAs}.*.png)` };
  };
  if (expected.width !== drawn.width || expected.height !== drawn.height) {
    return failed(
      `size ${drawn.width}×${drawn.height} px, reference ${expected.width}×${expected.height} px`,
    );
  }
  const { changed, area, diff } = tolerantDiff(expected, drawn);
  if (changed > MAX_CHANGED) return failed(`${changed} pixels changed, ${area}`, diff);
  return { problem: '' };
}

/**
 * A screenshot of a page that has stopped changing: shots are taken until one is the same as the
 * shot before it, taken at least `settle` ms earlier, so a late re-render on a loaded machine is
 * waited for rather than photographed halfway. For a view with live charts two shots in a row
 * are not enough: at 4× CPU (or on Chromium 150, about one load in two) the presenter view's live
 * chart showed a wrong first frame for up to a second, long enough to be shot twice.
 */
export async function stillShot(
  shoot: () => Promise<Buffer>,
  tries = 5,
  settle = 0,
): Promise<Buffer> {
  let last = await shoot();
  for (let i = 1; i < tries; i += 1) {
    if (settle > 0) await new Promise((resolve) => setTimeout(resolve, settle));
    const next = await shoot();
    if (next.equals(last)) return next;
    last = next;
  }
  return last;
}

/**
 * One tag a line, so a failing comparison prints a readable diff of what moved. The baked SVG is
 * otherwise one long line.
 */
export function svgLines(svg: string): string {
  return `${svg.replace(/></g, '>\n<').trim()}\n`;
}

/** Compares a baked SVG with tests/pictures/<name>.svg; returns the reference to diff against. */
export async function compareSvg(
  name: string,
  actual: string,
): Promise<{ expected: string; actual: string }> {
  const referencePath = resolve(PICTURES_DIR, `${name}.svg`);
  const lines = svgLines(actual);
  if (updatingReferences) {
    await write(referencePath, lines);
    return { expected: lines, actual: lines };
  }
  if (!existsSync(referencePath)) {
    await write(resolve(FAILED_DIR, `${name}.actual.svg`), lines);
    throw new Error(`${name}: no reference SVG yet; run \`${UPDATE_HINT}\``);
  }
  const expected = await readFile(referencePath, 'utf8');
  if (expected !== lines) await write(resolve(FAILED_DIR, `${name}.actual.svg`), lines);
  return { expected, actual: lines };
}
