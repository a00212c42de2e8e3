import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NotFoundView } from '../../../src/app/NotFoundView';
import { renderWithSettings } from '../../support/renderWithSettings';

describe('NotFoundView', () => {
  it('names the missing path and links home', () => {
    renderWithSettings(<NotFoundView path="/nope" homeHref="/" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText('/nope')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the dashboard' })).toHaveAttribute('href', '/');
  });

  it('shows a hostile path as text, never as markup', () => {
    const hostile = '/<img src=x onerror=alert(1)>';
    const { container } = renderWithSettings(<NotFoundView path={hostile} homeHref="/" />);
    expect(screen.getByText(hostile)).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });
});
