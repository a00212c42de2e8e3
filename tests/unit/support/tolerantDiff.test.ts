// @vitest-environment node
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { MAX_CHANGED, tolerantDiff } from '../../e2e/support/tolerantDiff';

/** A white picture with a blue bar and a grey 1-px line (a glyph's stem), placed as asked. */
function picture({ barX = 40, barColour = [0, 114, 178], lineX = 100 } = {}): PNG {
  const png = new PNG({ width: 160, height: 120 });
  for (let y = 0; y < 120; y += 1) {
    for (let x = 0; x < 160; x += 1) {
      const at = (y * 160 + x) * 4;
      const inBar = x >= barX && x < barX + 30 && y >= 20 && y < 100;
      const stem = x === lineX && y >= 10 && y < 110;
      const [r, g, b] = inBar ? barColour : stem ? [90, 90, 90] : [255, 255, 255];
      png.data.set([r ?? 255, g ?? 255, b ?? 255, 255], at);
    }
  }
  return png;
}

describe('tolerantDiff', () => {
  it('sees nothing between a picture and itself', () => {
    expect(tolerantDiff(picture(), picture()).changed).toBe(0);
  });

  it('lets a glyph land a pixel over (small text set a fraction of a pixel apart)', () => {
    expect(tolerantDiff(picture({ lineX: 100 }), picture({ lineX: 101 })).changed).toBe(0);
    // Two pixels over is a move.
    expect(tolerantDiff(picture({ lineX: 100 }), picture({ lineX: 102 })).changed).toBe(200);
  });

  it('counts a bar moved by 2 px, or of another colour, far above what it lets pass', () => {
    const moved = tolerantDiff(picture(), picture({ barX: 42 }));
    expect(moved.changed).toBeGreaterThan(MAX_CHANGED / 2);
    expect(moved.area).toBe('within x 40–71, y 20–99');
    const recoloured = tolerantDiff(picture(), picture({ barColour: [0, 158, 115] }));
    expect(recoloured.changed).toBe(30 * 80);
    // The diff shows the changed pixels in red, the rest faded.
    const at = (50 * 160 + 50) * 4;
    expect([...recoloured.diff.data.subarray(at, at + 4)]).toEqual([255, 0, 0, 255]);
    expect(recoloured.diff.data[0]).toBe(255);
  });
});
