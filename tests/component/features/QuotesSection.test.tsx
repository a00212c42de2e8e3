import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { QuotesSection } from '../../../src/features/quotes/QuotesSection';
import { renderWithSettings } from '../../support/renderWithSettings';

const VERBATIM = [
  'represented at a high level in the leadership',
  'these efforts do not make NATO party to the conflict.',
  'tens of thousands of rounds',
  'from German industry',
  'a foundation for our partners for the joint procurement of drones of all kinds',
];

describe('QuotesSection', () => {
  it('puts each of the five quotes word for word in a <q> inside a <blockquote> with a cite', () => {
    const { container } = renderWithSettings(<QuotesSection dataset={dataset} />);
    const qs = [...container.querySelectorAll('blockquote[cite] q[lang="en"]')];
    expect(qs.map((q) => q.textContent)).toEqual(VERBATIM);
  });

  it('names the speaker and role and gives the context of each quote', () => {
    renderWithSettings(<QuotesSection dataset={dataset} />);
    expect(screen.getAllByText('Boris Pistorius, German Defence Minister')).toHaveLength(4);
    expect(screen.getByText('Jens Stoltenberg, NATO Secretary General')).toBeInTheDocument();
    expect(screen.getByText(/On the joint drone procurement scheme/)).toBeInTheDocument();
    expect(screen.getAllByText('Fairbanks, Alaska, 8 July 2024')).toHaveLength(4);
  });

  it('keeps paraphrase outside the quotation marks', () => {
    const { container } = renderWithSettings(<QuotesSection dataset={dataset} />);
    const first = container.querySelector('blockquote');
    expect(first).toHaveTextContent(
      'Germany will be represented at a high level in the leadership of the new command, he said.',
    );
    expect(first?.querySelector('q')?.textContent).not.toContain('Germany');
  });
});
