import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { QuotesSection } from '../../../src/features/quotes/QuotesSection';
import { renderWithSettings } from '../../support/renderWithSettings';

/** The speakers' words, inside the article's quotation marks. */
const SPOKEN = [
  'represented at a high level in the leadership,',
  'these efforts do not make NATO party to the conflict.',
  'tens of thousands of rounds',
  'from German industry',
  'a foundation for our partners for the joint procurement of drones of all kinds,',
];

function blockquotes(container: HTMLElement): HTMLQuoteElement[] {
  return [...container.querySelectorAll<HTMLQuoteElement>('blockquote[cite][lang="en"]')];
}

describe('QuotesSection', () => {
  it('quotes each sentence as the article has it, the speaker’s words in <q>', () => {
    const { container } = renderWithSettings(<QuotesSection dataset={dataset} />);
    const quotes = blockquotes(container);
    expect(quotes.map((b) => b.querySelector('q')?.textContent)).toEqual(SPOKEN);
    expect(quotes[0]).toHaveTextContent(
      /^Germany will be represented at a high level in the leadership, he said Monday\.$/,
    );
    expect(quotes[4]).toHaveTextContent(
      /^This proposal would serve as a foundation .* of all kinds, he said while speaking to the press in Fairbanks\.$/,
    );
  });

  it('keeps our words out of the quotation: who, where, when and on what are in the caption', () => {
    const { container } = renderWithSettings(<QuotesSection dataset={dataset} />);
    for (const quote of blockquotes(container)) {
      expect(quote.textContent).not.toMatch(/new command|told the press|Context/);
      expect(quote.closest('figure')?.lastElementChild?.tagName).toBe('FIGCAPTION');
    }
    expect(screen.getAllByText('Boris Pistorius, German Defence Minister')).toHaveLength(4);
    expect(screen.getByText('Jens Stoltenberg, NATO Secretary General')).toBeInTheDocument();
    expect(screen.getByText(/On the joint drone procurement scheme/)).toBeInTheDocument();
  });

  it('says the day is inferred, and from which word', () => {
    renderWithSettings(<QuotesSection dataset={dataset} />);
    const where = screen.getAllByText(/^Fairbanks, Alaska, 8 July 2024/);
    expect(where).toHaveLength(4);
    for (const line of where) {
      expect(line).toHaveTextContent(
        'Fairbanks, Alaska, 8 July 2024 · Date inferred from Monday (the Monday of the summit week)',
      );
      expect(within(line).getByText('Monday').tagName).toBe('Q');
    }
  });

  it('gives German readers our translation beside the English quotation, marked as ours', () => {
    const { container } = renderWithSettings(<QuotesSection dataset={dataset} />, { lang: 'de' });
    const first = blockquotes(container)[0];
    expect(first).toHaveTextContent(/^Germany will be represented/);
    const gloss = first?.closest('figure')?.querySelector('figcaption .quote-gloss');
    expect(gloss).toHaveTextContent(
      'Unsere Übersetzung: Deutschland werde in der Führung hochrangig vertreten sein',
    );
    expect(gloss?.closest('blockquote, q')).toBeNull();
  });
});
