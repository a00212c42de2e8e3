import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { FiguresSection } from '../../../src/features/figures/FiguresSection';
import { renderWithSettings } from '../../support/renderWithSettings';

function card(name: RegExp) {
  return screen.getByRole('article', { name });
}

describe('FiguresSection', () => {
  it('shows every headline figure from the dataset, in euros by default', () => {
    renderWithSettings(<FiguresSection dataset={dataset} />);
    expect(screen.getByRole('heading', { level: 2, name: 'The figures' })).toBeInTheDocument();
    expect(card(/€10\.2 billion/)).toHaveTextContent('Stated as $11.03 billion');
    expect(card(/€4\.88 billion/)).toHaveTextContent('Arms exports to Ukraine authorised');
    expect(card(/537 drones/)).toHaveTextContent('VECTOR and RQ-35 HEIDRUN');
    expect(card(/3 Patriot systems/)).toBeInTheDocument();
    expect(card(/700 staff/)).toBeInTheDocument();
    expect(card(/tens of thousands of rounds/)).toBeInTheDocument();
    expect(card(/2nd, after the U\.S\./)).toBeInTheDocument();
    expect(card(/75 years/)).toBeInTheDocument();
    expect(screen.getAllByRole('article')).toHaveLength(dataset.figures.length);
  });

  it('keeps the quoted wording in a <q> marked as English', () => {
    renderWithSettings(<FiguresSection dataset={dataset} />);
    const q = card(/tens of thousands of rounds/).querySelector('q');
    expect(q).toHaveTextContent('tens of thousands of rounds');
    expect(q).toHaveAttribute('lang', 'en');
    expect(q).toHaveAttribute('cite');
  });

  it('reveals the source excerpt of a figure on demand', async () => {
    renderWithSettings(<FiguresSection dataset={dataset} />);
    const drones = card(/537 drones/);
    const details = drones.querySelector('details');
    expect(details).not.toHaveAttribute('open');
    await userEvent.click(within(drones).getByText('Source'));
    expect(details).toHaveAttribute('open');
    expect(within(drones).getByText(/provided 537 surveillance drones to Ukraine/)).toBeVisible();
  });

  it('shows dollars in USD mode, marking the converted amount and keeping the stated euros', () => {
    renderWithSettings(<FiguresSection dataset={dataset} />, { currency: 'USD' });
    const provided = card(/\$11\.03 billion/);
    expect(provided).toHaveTextContent('Stated as €10.2 billion');
    expect(provided).not.toHaveTextContent('converted');
    const authorised = card(/\$5\.28 billion/);
    expect(authorised).toHaveTextContent('converted at 1.0814 US$ per €');
  });
});
