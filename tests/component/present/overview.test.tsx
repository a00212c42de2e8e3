import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { press, renderDeck, slideLabel } from './renderDeck';

afterEach(() => window.history.replaceState(null, '', '/'));

const grid = () => screen.getByRole('region', { name: 'All slides' });

describe('the overview', () => {
  it('O shows every slide as a link, the current one marked and focused; Esc returns', () => {
    renderDeck('?slide=3');
    press('o');
    const links = within(grid()).getAllByRole('link');
    expect(links).toHaveLength(16);
    expect(links[0]).toHaveAccessibleName('Slide 1 of 16: German military aid to Ukraine');
    expect(links[7]).toHaveAccessibleName(
      'Slide 8 of 16: Aid provided and exports authorised: two different measures',
    );
    expect(links[2]).toHaveAttribute('aria-current', 'true');
    expect(links[2]).toHaveFocus();
    expect(new URL(links[11]?.getAttribute('href') ?? '', location.href).search).toBe('?slide=12');
    // Thumbnails show the build's drawings: no live chart is loaded for a picture.
    expect(grid().querySelector('.recharts-wrapper')).toBeNull();
    // The deck behind is out of reach while it is open.
    expect(document.querySelector('.deck-behind')).toHaveAttribute('inert');
    press('Escape', {}, links[2] ?? window);
    expect(screen.queryByRole('region', { name: 'All slides' })).toBeNull();
    expect(slideLabel()).toBe('Slide 3 of 16');
  });

  it('arrows move through the grid, and Enter opens the slide', () => {
    renderDeck();
    press('Escape');
    const links = within(grid()).getAllByRole('link');
    expect(links[0]).toHaveFocus();
    for (const key of ['ArrowRight', 'ArrowRight', 'End', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft'])
      press(key, {}, document.activeElement ?? window);
    expect(links[12]).toHaveFocus();
    // The deck's keys stay with the grid: the slide behind has not moved.
    expect(slideLabel()).toBe('Slide 1 of 16');
    act(() => {
      fireEvent.click(document.activeElement ?? document.body);
    });
    expect(screen.queryByRole('region', { name: 'All slides' })).toBeNull();
    expect(slideLabel()).toBe('Slide 13 of 16');
    expect(window.location.search).toBe('?slide=13');
  });

  it('opens from its button, and in the presenter view', () => {
    renderDeck('?view=presenter&slide=5');
    act(() => screen.getByRole('button', { name: 'All slides (O)' }).click());
    const links = within(grid()).getAllByRole('link');
    act(() => {
      fireEvent.click(links[11] ?? document.body);
    });
    expect(slideLabel()).toBe('Slide 12 of 16');
  });
});
