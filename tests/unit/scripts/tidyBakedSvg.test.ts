// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tidyBakedSvg } from '../../../scripts/tidyBakedSvg';

const svg = (body: string) => `<svg viewBox="0 0 100 50">${body}</svg>`;
const square = (x: number, fill = 'var(--chart-drones)') =>
  `<rect x="${x}" y="2" width="4" height="4" fill="${fill}"></rect>`;

describe('tidyBakedSvg', () => {
  it('keeps the drones as the chart draws them: one path of squares', () => {
    const path =
      '<path class="waffle-squares" fill="var(--chart-drones)" d="M1 2h4v4h-4zM7 2h4v4h-4z"></path>';
    const out = tidyBakedSvg(svg(path), 'drones:en:EUR:320x340', 'Drones');
    expect(out).toContain(
      '<path class="waffle-squares" fill="var(--chart-drones)" d="M1 2h4v4h-4zM7 2h4v4h-4z"/>',
    );
  });

  it('drops what the live chart marks on its layers, and the layers left empty', () => {
    const layer = (n: number, body: string) =>
      `<g class="recharts-zIndex-layer_${n}" tabindex="-1" aria-hidden="true">${body}</g>`;
    const out = tidyBakedSvg(svg(layer(-50, '') + layer(300, square(1))), 'x:en:EUR:1x1', 'X');
    expect(out).not.toMatch(/tabindex|aria-hidden|recharts-zIndex-layer_-50/);
    expect(out).toContain('<g class="recharts-zIndex-layer_300">');
  });
});
