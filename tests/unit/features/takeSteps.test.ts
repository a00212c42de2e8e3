import { describe, expect, it } from 'vitest';
import { takeSteps } from '../../../src/features/present/useDeck';

/** Keys as answerBeforeApp keeps them: one a line. */
const keys = (...pressed: string[]) => pressed.map((key) => `${key}\n`).join('');

describe('takeSteps: slide keys pressed before the app', () => {
  it('goes on and back from the URL’s slide, key by key, as the deck would', () => {
    expect(takeSteps(0, keys('ArrowRight', 'PageDown', 'ArrowLeft', ' '), 16)).toBe(2);
    expect(takeSteps(4, keys('S', 'ArrowUp', 'PageUp'), 16)).toBe(1);
    expect(takeSteps(7, '', 16)).toBe(7);
  });

  it('stops at either end and jumps to them', () => {
    expect(takeSteps(0, keys('ArrowLeft', 'ArrowLeft', 'ArrowRight'), 16)).toBe(1);
    expect(takeSteps(14, keys('ArrowDown', 'ArrowDown', 'ArrowDown'), 16)).toBe(15);
    expect(takeSteps(5, keys('End', 'ArrowLeft'), 16)).toBe(14);
    expect(takeSteps(5, keys('Home', 'ArrowRight'), 16)).toBe(1);
  });

  it('ignores keys that do not move the deck', () => {
    expect(takeSteps(3, keys('Tab', 'a', '<script>', 'ArrowRight'), 16)).toBe(4);
  });
});
