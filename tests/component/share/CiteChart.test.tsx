import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { ChartsSection } from '../../../src/features/charts/ChartsSection';
import { renderWithSettings } from '../../support/renderWithSettings';

const today = new Date().toISOString().slice(0, 10);

describe('Cite this chart, in a chart’s Sources tab', () => {
  it('gives the citation and a BibTeX entry, each with a copy button', async () => {
    const user = userEvent.setup();
    renderWithSettings(<ChartsSection dataset={dataset} />);
    const figure = screen.getByRole('figure', { name: /^537 surveillance drones/ });
    await user.click(within(figure).getByRole('tab', { name: 'Sources' }));
    // Its code comes after the first view's (CiteChartLater), so it may take a moment.
    const cite = await within(figure).findByRole('group', { name: 'Cite this chart' });
    const line = within(cite).getByText(/^Linus Höller, Defense News \(July 2024\)\. 537 /);
    expect(line).toHaveTextContent(/\/embed\/drones\/, accessed \d{1,2} \w+ \d{4}\.$/);
    const bibtex = within(cite).getByRole('group', { name: 'BibTeX' });
    expect(bibtex).toHaveTextContent('@misc{german-aid-ukraine-drones,');
    expect(bibtex).toHaveTextContent(`urldate = {${today}}`);

    await user.click(within(cite).getByRole('button', { name: 'Copy citation' }));
    expect(await navigator.clipboard.readText()).toBe(line.textContent);
    expect(within(cite).getByRole('status')).toHaveTextContent('Copied');
    await user.click(within(cite).getByRole('button', { name: 'Copy BibTeX' }));
    expect(await navigator.clipboard.readText()).toBe(bibtex.textContent);
  });

  it('cites in German on the German edition', async () => {
    const user = userEvent.setup();
    renderWithSettings(<ChartsSection dataset={dataset} />, { lang: 'de' });
    const figure = screen.getByRole('figure', { name: /^Gelieferte|^Geleistete|^Hilfe/ });
    await user.click(within(figure).getByRole('tab', { name: 'Quellen' }));
    const cite = await within(figure).findByRole('group', { name: 'Diese Grafik zitieren' });
    expect(within(cite).getByText(/abgerufen am \d{1,2}\. \w+ \d{4}\.$/)).toBeVisible();
    expect(within(cite).getByRole('button', { name: 'Quellenangabe kopieren' })).toBeVisible();
  });
});
