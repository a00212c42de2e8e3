import { act, fireEvent, render, screen } from '@testing-library/react';
import { ALL_VIEWS } from '../../../src/app/allViews';
import { App } from '../../../src/app/App';
import { dataset } from '../../../src/data/dataset';
import { DEFAULT_OPTIONS } from '../../../src/lib/urlOptions';

/** The deck at /present/ with this query, as the browser would open it. */
export function renderDeck(search = '') {
  window.history.replaceState(null, '', `/present/${search}`);
  return render(
    <App
      route={{ name: 'present' }}
      View={ALL_VIEWS.present}
      dataset={dataset}
      options={DEFAULT_OPTIONS}
      base="/"
    />,
  );
}

/** The slide on screen, as its stage is named: "Slide 3 of 16". */
export const slideLabel = () =>
  document
    .querySelector('.slide-audience .slide-stage, .presenter-current .slide-stage')
    ?.getAttribute('aria-label') ?? null;

export const press = (
  key: string,
  init: KeyboardEventInit = {},
  target: Element | Window = window,
) =>
  act(() => {
    fireEvent.keyDown(target, { key, ...init });
  });

export const liveRegion = () =>
  screen.getAllByText((_, el) => el?.getAttribute('aria-live') === 'polite')[0];
