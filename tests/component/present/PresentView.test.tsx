import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { press, renderDeck } from './renderDeck';

// By role here: the slide is the page's one region while no overview is open.
const slideLabel = () => screen.getByRole('region').getAttribute('aria-label');

afterEach(() => window.history.replaceState(null, '', '/'));

describe('the presentation', () => {
  it('opens on the title slide with progress and a way back', () => {
    renderDeck();
    expect(slideLabel()).toBe('Slide 1 of 16');
    expect(
      screen.getByRole('heading', { level: 2, name: 'German military aid to Ukraine' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1');
    expect(screen.getByRole('link', { name: 'Back to the dashboard' })).toHaveAttribute(
      'href',
      '/',
    );
  });

  it('moves with the clicker keys and writes the slide into the URL', () => {
    renderDeck();
    press('ArrowRight');
    expect(slideLabel()).toBe('Slide 2 of 16');
    expect(within(screen.getByRole('region')).getByText('€10.2 billion')).toBeInTheDocument();
    expect(window.location.search).toBe('?slide=2');
    press('PageDown');
    press(' ');
    expect(slideLabel()).toBe('Slide 4 of 16');
    press('PageUp');
    press('ArrowLeft');
    expect(slideLabel()).toBe('Slide 2 of 16');
    press('End');
    expect(slideLabel()).toBe('Slide 16 of 16');
    press('ArrowRight');
    expect(slideLabel()).toBe('Slide 16 of 16');
    press('Home');
    expect(slideLabel()).toBe('Slide 1 of 16');
    expect(window.location.search).toBe('?slide=1');
  });

  it('follows swipes on touch screens, not mouse drags', () => {
    renderDeck();
    const swipe = (from: number, to: number, pointerType: string) =>
      act(() => {
        window.dispatchEvent(
          Object.assign(new MouseEvent('pointerdown', { clientX: from, clientY: 300 }), {
            pointerType,
          }),
        );
        window.dispatchEvent(
          Object.assign(new MouseEvent('pointerup', { clientX: to, clientY: 310 }), {
            pointerType,
          }),
        );
      });
    swipe(600, 200, 'touch');
    expect(slideLabel()).toBe('Slide 2 of 16');
    swipe(200, 600, 'touch');
    expect(slideLabel()).toBe('Slide 1 of 16');
    swipe(600, 200, 'mouse');
    swipe(600, 580, 'touch');
    expect(slideLabel()).toBe('Slide 1 of 16');
  });

  it('ignores keys with modifiers (browser shortcuts)', () => {
    renderDeck();
    press('ArrowRight', { ctrlKey: true });
    press('ArrowRight', { altKey: true });
    expect(slideLabel()).toBe('Slide 1 of 16');
  });

  it('opens the slide the URL names, and the nearest one for a bad number', () => {
    renderDeck('?slide=10');
    expect(slideLabel()).toBe('Slide 10 of 16');
    expect(screen.getByRole('region').querySelector('blockquote[lang="en"] q')).not.toBeNull();
  });

  it('goes to the last slide for ?slide=999', () => {
    renderDeck('?slide=999');
    expect(slideLabel()).toBe('Slide 16 of 16');
  });

  it('shows current and next slide, notes from the data and a timer in the presenter view', () => {
    renderDeck('?slide=2&view=presenter');
    const regions = screen.getAllByRole('region');
    expect(regions.map((r) => r.getAttribute('aria-label'))).toEqual([
      'Slide 2 of 16',
      'Slide 3 of 16',
      null, // the notes, named by their heading
    ]);
    const notes = screen.getByRole('region', { name: 'Speaker notes' });
    expect(notes).toHaveTextContent(
      'The article says: “As of the end of April, Germany had provided',
    );
    expect(screen.getByText('00:00')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Open the audience window' })).toBeInTheDocument();
  });
});
