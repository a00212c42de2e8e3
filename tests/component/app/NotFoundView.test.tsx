import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { NotFoundView } from '../../../src/app/NotFoundView';
import { BaseContext } from '../../../src/lib/BaseContext';
import { renderWithSettings } from '../../support/renderWithSettings';

describe('NotFoundView', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('names the address asked for, with its base and language, and links home in its language', () => {
    window.history.replaceState(null, '', '/aid/de/nope/');
    renderWithSettings(
      <BaseContext value={{ base: '/aid/', hashRoutes: false, path: '' }}>
        <NotFoundView path="/nope/" />
      </BaseContext>,
      { lang: 'de' },
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' }),
    ).toBeInTheDocument();
    expect(screen.getByText('/aid/de/nope/')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zur Übersicht' })).toHaveAttribute('href', '/aid/de/');
  });

  it('in the offline file, whose routes are in its hash, names the route', () => {
    renderWithSettings(
      <BaseContext value={{ base: './', hashRoutes: true, path: 'nope' }}>
        <NotFoundView path="/nope" />
      </BaseContext>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('/nope')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the dashboard' })).toHaveAttribute('href', '#/');
  });

  it('shows a hostile path as text, never as markup', () => {
    const hostile = '/<img src=x onerror=alert(1)>';
    window.history.replaceState(null, '', hostile);
    const { container } = renderWithSettings(<NotFoundView path={hostile} />);
    expect(screen.getByText(window.location.pathname)).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });
});
