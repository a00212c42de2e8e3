import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { preloadMoreQuotes } from '../../../src/features/quotes/MoreQuotesLater';
import { QUOTES_SHOWN, QuotesSection } from '../../../src/features/quotes/QuotesSection';
import { growDataset } from '../../../scripts/growDataset';
import { renderWithSettings } from '../../support/renderWithSettings';

beforeAll(async () => {
  await preloadMoreQuotes();
});

describe('QuotesSection at 50 times today’s quotes', () => {
  const grown = growDataset(dataset, 50);
  const more = grown.quotes.length - QUOTES_SHOWN;

  it('shows the first quotes and keeps the rest behind one named control, still in the page', async () => {
    const user = userEvent.setup();
    renderWithSettings(<QuotesSection dataset={grown} />);
    const control = await screen.findByText(`Show ${more} more quotes`);
    expect(control.tagName).toBe('SUMMARY');
    expect(control.closest('details')).not.toHaveAttribute('open');
    expect(document.querySelectorAll('.quote-card')).toHaveLength(grown.quotes.length);
    await user.click(control);
    expect(control.closest('details')).toHaveAttribute('open');
    expect(control).toHaveTextContent(`Hide ${more} more quotes`);
  });

  it('shows today’s five quotes with no control', () => {
    renderWithSettings(<QuotesSection dataset={dataset} />);
    expect(screen.queryByText(/more quotes/)).toBeNull();
  });
});
