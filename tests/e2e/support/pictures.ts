/**
 * Reference pictures: each view's screenshot and each chart's baked SVG, compared with the copies
 * stored in tests/pictures/. A mismatch writes what was drawn, and for a screenshot a diff image
 * with the changed pixels in red, to test-results/pictures/. `npm run test:pictures -- --update`
 * (support/updating.ts) writes the references instead.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { RESULTS_DIR, ROOT_DIR } from './paths';
import { updatingReferences } from './updating';

export const PICTURES_DIR = resolve(ROOT_DIR, 'tests/pictures');
const FAILED_DIR = resolve(RESULTS_DIR, 'pictures');
const UPDATE_HINT = 'npm run test:pictures -- --update';

/**
 * pixelmatch's per-pixel colour distance (0–1) under which two pixels count as the same, and how
 * many differing pixels a picture may have. Anti-aliased edge pixels are told apart and not
 * counted (pixelmatch's default), which is what varies between runs of the same Chromium. A few
 * more may: the presenter's preview draws 537 squares at a quarter of their size, and Chromium
 * rounds a handful of their edges either way from run to run (up to 6 pixels seen). A moved
 * border, a new colour or a line of text that shifts by one pixel changes hundreds.
 */
const PIXEL_THRESHOLD = 0.1;
const MAX_DIFF_PIXELS = 16;

async function write(path: string, data: Buffer | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, data);
}

export interface PictureResult {
  /** Empty when the picture matches (or was just written as the new reference). */
  problem: string;
}

/** Compares a PNG screenshot with tests/pictures/<name>.png. */
export async function comparePng(name: string, actual: Buffer): Promise<PictureResult> {
  const referencePath = resolve(PICTURES_DIR, `${name}.png`);
  if (updatingReferences) {
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
    await write(resolve(FAILED_DIR, `${name}.actual.png`), actual);
    await write(resolve(FAILED_DIR, `${name}.expected.png`), PNG.sync.write(expected));
    if (diff) await write(resolve(FAILED_DIR, `${name}.diff.png`), PNG.sync.write(diff));
    const where = relative(ROOT_DIR, FAILED_DIR);
    return { problem: `${name}: ${problem} (see ${where}/${name}.*.png)` };
  };
  if (expected.width !== drawn.width || expected.height !== drawn.height) {
    return failed(
      `size ${drawn.width}×${drawn.height} px, reference ${expected.width}×${expected.height} px`,
    );
  }
  const diff = new PNG({ width: drawn.width, height: drawn.height });
  const changed = pixelmatch(expected.data, drawn.data, diff.data, drawn.width, drawn.height, {
    threshold: PIXEL_THRESHOLD,
  });
  if (changed > MAX_DIFF_PIXELS) {
    return failed(`${changed} pixels differ, within ${changedArea(diff)}`, diff);
  }
  return { problem: '' };
}

/**
 * The box around pixelmatch's red (changed) pixels, so that a failure on CI, where the diff image
 * cannot be opened, still says where to look.
 */
export function changedArea(diff: PNG): string {
  let [left, top, right, bottom] = [Infinity, Infinity, -1, -1];
  for (let y = 0; y < diff.height; y += 1) {
    for (let x = 0; x < diff.width; x += 1) {
      const at = (y * diff.width + x) * 4;
      const red = diff.data[at] === 255 && diff.data[at + 1] === 0 && diff.data[at + 2] === 0;
      if (!red) continue;
      left = Math.min(left, x);
      right = Math.max(right, x);
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
    }
  }
  return right < 0 ? 'no red pixel' : `x ${left}–${right}, y ${top}–${bottom}`;
}

/**
 * A screenshot of a page that has stopped changing: shots are taken until two in a row are the
 * same (as Playwright's own toHaveScreenshot does), so a late re-render on a loaded machine is
 * waited for rather than photographed halfway.
 */
export async function stillShot(shoot: () => Promise<Buffer>, tries = 5): Promise<Buffer> {
  let last = await shoot();
  for (let i = 1; i < tries; i += 1) {
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
