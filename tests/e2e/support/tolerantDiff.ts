/**
 * How two screenshots of a view are compared: a pixel counts as changed only when the other
 * picture has no pixel of nearly its colour within NEAR pixels, looked for both ways, and a
 * picture fails when more than MAX_CHANGED pixels changed.
 *
 * Why not pixel by pixel: Chromium's releases set small text at a fractional scale a fraction of
 * a pixel apart, with other anti-aliasing. Between Chromium 150 and 156 the presenter view's
 * slide previews (text scaled to a third) differed in 31–146 pixels by pixelmatch, and in 112–122
 * here, all of them the edges of glyphs a few pixels tall; no other picture differed at all. What
 * a reader notices changes whole runs of pixels, and counts far above that even here: a value
 * label gone (482), a bar moved by 2 px (856), the source line gone (1,907), a slide's text one
 * step smaller (10,140), a bar's colour changed (29,820). tests/e2e/pictures.e2e.test.ts keeps
 * those mutations failing.
 *
 * Text itself (a changed figure) is guarded by the baked SVG references and the page tests, not
 * by pictures: one digit changed in a chart's label is 27–36 pixels here, 13–14 by pixelmatch.
 */
import { PNG } from 'pngjs';

/** How far a pixel may have moved, in pixels. */
export const NEAR = 1;
/** Colour distance under which two pixels are the same (YIQ, 0–1, as pixelmatch's threshold). */
export const COLOUR_THRESHOLD = 0.1;
/** Changed pixels a picture may have: twice what a release changed, half the least notice. */
export const MAX_CHANGED = 240;

/** Largest YIQ distance between two colours (black and white), to scale to 0–1. */
const MAX_YIQ_DELTA = 35215;

/** The perceived distance between two pixels (Kotsalis & Sahinidis's YIQ metric), 0–1, squared. */
function distance(a: Uint8Array, i: number, b: Uint8Array, j: number): number {
  const [r1, g1, b1] = [a[i] ?? 0, a[i + 1] ?? 0, a[i + 2] ?? 0];
  const [r2, g2, b2] = [b[j] ?? 0, b[j + 1] ?? 0, b[j + 2] ?? 0];
  const y = (r1 - r2) * 0.29889531 + (g1 - g2) * 0.58662247 + (b1 - b2) * 0.11448223;
  const iq = (r1 - r2) * 0.59597799 - (g1 - g2) * 0.2741761 - (b1 - b2) * 0.32180189;
  const q = (r1 - r2) * 0.21147017 - (g1 - g2) * 0.52261711 + (b1 - b2) * 0.31114694;
  return (0.5053 * y * y + 0.299 * iq * iq + 0.1957 * q * q) / MAX_YIQ_DELTA;
}

export interface TolerantDiff {
  /** Pixels with no near match in the other picture. */
  changed: number;
  /** Where they are, for a failure on CI where the diff image cannot be opened. */
  area: string;
  /** The reference faded, the changed pixels in red. */
  diff: PNG;
}

/** Compares two pictures of the same size (see above). */
export function tolerantDiff(expected: PNG, actual: PNG): TolerantDiff {
  const { width, height } = expected;
  const limit = COLOUR_THRESHOLD * COLOUR_THRESHOLD;
  /** Whether `from`'s pixel at (x, y) has a near match in `to` within NEAR pixels. */
  const matched = (from: PNG, to: PNG, x: number, y: number): boolean => {
    const at = (y * width + x) * 4;
    for (let dy = -NEAR; dy <= NEAR; dy += 1) {
      for (let dx = -NEAR; dx <= NEAR; dx += 1) {
        const [nx, ny] = [x + dx, y + dy];
        if (nx < 0 || ny < 0 || nx >= width || ny >= height) continue;
        if (distance(from.data, at, to.data, (ny * width + nx) * 4) <= limit) return true;
      }
    }
    return false;
  };
  const diff = new PNG({ width, height });
  let changed = 0;
  let [left, top, right, bottom] = [Infinity, Infinity, -1, -1];
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const at = (y * width + x) * 4;
      const same =
        expected.data.readUInt32BE(at) === actual.data.readUInt32BE(at) ||
        (matched(expected, actual, x, y) && matched(actual, expected, x, y));
      if (same) {
        // The reference's brightness, faded to a tenth (as pixelmatch draws what did not change).
        const [r, g, b] = [
          expected.data[at] ?? 0,
          expected.data[at + 1] ?? 0,
          expected.data[at + 2] ?? 0,
        ];
        const grey = 255 + (r * 0.299 + g * 0.587 + b * 0.114 - 255) * 0.1;
        diff.data.fill(Math.round(grey), at, at + 3);
      } else {
        changed += 1;
        [left, top, right, bottom] = [
          Math.min(left, x),
          Math.min(top, y),
          Math.max(right, x),
          Math.max(bottom, y),
        ];
        diff.data[at] = 255;
        diff.data[at + 1] = 0;
        diff.data[at + 2] = 0;
      }
      diff.data[at + 3] = 255;
    }
  }
  const area = right < 0 ? 'nowhere' : `within x ${left}–${right}, y ${top}–${bottom}`;
  return { changed, area, diff };
}
