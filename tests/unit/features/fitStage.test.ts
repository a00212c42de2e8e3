import { describe, expect, it } from 'vitest';
import { fitStage } from '../../../src/features/present/SlideStage';

describe('the stage a slide is laid out on', () => {
  it('is 1280×720 on a landscape screen, scaled to fit', () => {
    expect(fitStage({ width: 1920, height: 1032 }, 'landscape')).toEqual({
      width: 1280,
      height: 720,
      scale: 1032 / 720,
    });
  });

  it('stands upright on a portrait screen and takes its shape, from 720×1000 to 720×1280', () => {
    // 1080×1920 signage less the 48 px bar: the whole box.
    const signage = fitStage({ width: 1080, height: 1872 }, 'portrait');
    expect(signage).toEqual({ width: 720, height: 1248, scale: 1.5 });
    // A tablet upright: as tall as the smallest portrait stage, still filling the width mostly.
    const tablet = fitStage({ width: 768, height: 976 }, 'portrait');
    expect(tablet).toEqual({ width: 720, height: 1000, scale: 0.976 });
    expect(
      (tablet.width * tablet.scale * tablet.height * tablet.scale) / (768 * 1024),
    ).toBeGreaterThan(0.8);
    // Taller than 9:16: the tallest stage, with room above and below.
    expect(fitStage({ width: 1000, height: 2400 }, 'portrait').height).toBe(1280);
  });
});
