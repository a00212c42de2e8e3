import { act, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { liveRegion, press, renderDeck, slideLabel } from './renderDeck';

const wait = (ms: number) =>
  act(() => {
    vi.advanceTimersByTime(ms);
  });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  window.history.replaceState(null, '', '/');
});

describe('the unattended loop (?autoplay=)', () => {
  it('advances every N seconds, from the last slide back to the first, with the time left', () => {
    renderDeck('?autoplay=5&slide=15');
    expect(slideLabel()).toBe('Slide 15 of 16');
    expect(screen.getByText('Next in 5 s')).toBeInTheDocument();
    wait(2000);
    expect(screen.getByText('Next in 3 s')).toBeInTheDocument();
    wait(3000);
    expect(slideLabel()).toBe('Slide 16 of 16');
    expect(screen.getByText('Next in 5 s')).toBeInTheDocument();
    wait(5000);
    expect(slideLabel()).toBe('Slide 1 of 16');
    expect(window.location.search).toBe('?autoplay=5&slide=1');
  });

  it('pauses for a key, a tap or a moving pointer, and plays again after a minute or with P', () => {
    renderDeck('?autoplay=5');
    press('ArrowRight');
    expect(slideLabel()).toBe('Slide 2 of 16');
    expect(screen.getByText(/^Paused/)).toBeInTheDocument();
    wait(59_000);
    expect(slideLabel()).toBe('Slide 2 of 16');
    wait(1000);
    expect(screen.getByText('Next in 5 s')).toBeInTheDocument();
    wait(5000);
    expect(slideLabel()).toBe('Slide 3 of 16');

    act(() => {
      fireEvent.pointerDown(window, { pointerType: 'touch', clientX: 10, clientY: 10 });
    });
    expect(screen.getByText(/^Paused/)).toBeInTheDocument();
    wait(30_000);
    press('p');
    expect(screen.getByText('Next in 5 s')).toBeInTheDocument();
    wait(5000);
    expect(slideLabel()).toBe('Slide 4 of 16');
  });

  it('is silent for a screen reader while it plays to an empty room', () => {
    renderDeck('?autoplay=3');
    expect(liveRegion()).toHaveTextContent('');
    wait(3000);
    expect(slideLabel()).toBe('Slide 2 of 16');
    expect(liveRegion()).toHaveTextContent('');
    press('ArrowRight');
    expect(liveRegion()).toHaveTextContent(/^Slide 3 of 16: /);
  });

  it('starts and stops from the deck’s control; a bad pace goes to the nearest', () => {
    renderDeck('?autoplay=0');
    expect(screen.getByText('Next in 1 s')).toBeInTheDocument();
    const control = screen.getByRole('button', { name: 'Play on its own (P)' });
    expect(control).toHaveAttribute('aria-pressed', 'true');
    act(() => control.click());
    expect(control).toHaveAttribute('aria-pressed', 'false');
    expect(window.location.search).toBe('?slide=1');
    wait(10_000);
    expect(slideLabel()).toBe('Slide 1 of 16');
    act(() => control.click());
    expect(window.location.search).toBe('?slide=1&autoplay=12');
    wait(12_000);
    expect(slideLabel()).toBe('Slide 2 of 16');
  });

  it('hides a still pointer after 3 s while it plays', () => {
    const { container } = renderDeck('?autoplay=12');
    const deck = container.querySelector('main.deck');
    expect(deck).not.toHaveAttribute('data-pointer');
    wait(3000);
    expect(deck).toHaveAttribute('data-pointer', 'hidden');
    act(() => {
      fireEvent.pointerMove(window, { movementX: 4, movementY: 0 });
    });
    expect(deck).not.toHaveAttribute('data-pointer');
  });

  it('leaves no timer behind after many slides, and none once stopped', () => {
    const { unmount } = renderDeck('?autoplay=1');
    wait(1000);
    const running = vi.getTimerCount();
    for (let i = 0; i < 200; i++) wait(1000);
    expect(slideLabel()).toBe(`Slide ${(201 % 16) + 1} of 16`);
    expect(vi.getTimerCount()).toBeLessThanOrEqual(running);
    unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('keeping the screen awake', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'wakeLock');
  });

  it('asks while the loop is on, and the presenter view says so once where it is refused', async () => {
    const request = vi.fn(() => Promise.reject(new DOMException('no', 'NotAllowedError')));
    Object.defineProperty(navigator, 'wakeLock', { value: { request }, configurable: true });
    renderDeck('?autoplay=12&view=presenter');
    await act(async () => {
      await Promise.resolve();
    });
    expect(request).toHaveBeenCalledWith('screen');
    expect(screen.getAllByRole('status')).toHaveLength(1);
    expect(screen.getByRole('status')).toHaveTextContent(
      'This browser would not keep the screen awake',
    );
  });

  it('holds the lock and takes it again when the page is visible again', async () => {
    const release = vi.fn(() => Promise.resolve());
    const sentinels: { released: boolean; release: typeof release }[] = [];
    const request = vi.fn(() => {
      const sentinel = { released: false, release };
      sentinels.push(sentinel);
      return Promise.resolve(sentinel);
    });
    Object.defineProperty(navigator, 'wakeLock', { value: { request }, configurable: true });
    const { unmount } = renderDeck('?autoplay=12');
    await act(async () => {
      await Promise.resolve();
    });
    expect(request).toHaveBeenCalledTimes(1);
    // Hidden, the browser lets go of it; visible again, the deck asks anew.
    for (const sentinel of sentinels) sentinel.released = true;
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await act(async () => {
      await Promise.resolve();
    });
    expect(request).toHaveBeenCalledTimes(2);
    unmount();
    expect(release).toHaveBeenCalled();
  });
});
