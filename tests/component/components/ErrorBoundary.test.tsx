import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ChartContext } from '../../../src/charts/ChartContext';
import { ChartFrame } from '../../../src/charts/ChartFrame';
import { timelineSpec } from '../../../src/charts/timelineSpec';
import { ErrorBoundary } from '../../../src/components/ErrorBoundary';
import { dataset } from '../../../src/data/dataset';
import { translate } from '../../../src/lib/i18n/translate';
import { renderWithSettings } from '../../support/renderWithSettings';

function Broken(): never {
  throw new Error('bad data');
}

const ctx: ChartContext = {
  dataset,
  lang: 'en',
  currency: 'EUR',
  t: (key, params) => translate('en', key, params),
};

describe('errors stay local', () => {
  it('a chart that throws shows a message and its table; the frame and the page stay', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderWithSettings(
      <main>
        <ChartFrame spec={{ ...timelineSpec, Chart: Broken }} ctx={ctx} />
        <p>Still here</p>
      </main>,
    );
    const figure = screen.getByRole('figure', { name: /^Timeline/ });
    expect(within(figure).getByText(/This chart could not be drawn/)).toBeInTheDocument();
    expect(within(figure).getAllByRole('table').length).toBeGreaterThan(0);
    expect(within(figure).getByText(/^Source: Defense News/)).toBeInTheDocument();
    expect(screen.getByText('Still here')).toBeInTheDocument();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
    error.mockRestore();
  });

  it('shows the fallback only where the error is', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderWithSettings(
      <>
        <ErrorBoundary fallback={<p>Part A failed</p>}>
          <Broken />
        </ErrorBoundary>
        <ErrorBoundary fallback={<p>Part B failed</p>}>
          <p>Part B works</p>
        </ErrorBoundary>
      </>,
    );
    expect(screen.getByText('Part A failed')).toBeInTheDocument();
    expect(screen.getByText('Part B works')).toBeInTheDocument();
    expect(screen.queryByText('Part B failed')).toBeNull();
    vi.restoreAllMocks();
  });
});
