import { fireEvent, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { Tabs } from '../../../src/components/Tabs';
import { answerBeforeApp } from '../../../src/boot/answerBeforeApp';

/** The prerendered page as the boot script finds it: the real Tabs markup, no React running. */
function prerenderedPage(): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = renderToString(
    <>
      <Tabs
        label="Views of the chart"
        selected="chart"
        onSelect={() => {}}
        tabs={[
          { id: 'chart', label: 'Chart', panel: <p>The drawing</p> },
          { id: 'table', label: 'Table', panel: <p>The table</p> },
          { id: 'sources', label: 'Sources', panel: <p>The sources</p> },
        ]}
      />
      <fieldset>
        <legend>Currency</legend>
        <label>
          <input type="radio" name="currency" value="EUR" defaultChecked /> Euro
        </label>
        <label>
          <input type="radio" name="currency" value="USD" /> US dollar
        </label>
      </fieldset>
      <button type="button">Embed</button>
      <button type="button">Download PNG</button>
      <button type="button" disabled>
        Busy
      </button>
    </>,
  );
  document.body.replaceChildren(container);
  answerBeforeApp(container);
  return container;
}

const tab = (name: string) => screen.getByRole('tab', { name });
const marked = (container: HTMLElement) =>
  [...container.querySelectorAll('[data-clicked-before-app]')].map((el) => el.textContent);

describe('answerBeforeApp', () => {
  let container: HTMLElement;
  beforeEach(() => {
    container = prerenderedPage();
  });

  it('switches a chart’s tabs on a tap, before any app code is here', () => {
    fireEvent.click(tab('Table'));
    expect(tab('Table')).toHaveAttribute('aria-selected', 'true');
    expect(tab('Chart')).toHaveAttribute('aria-selected', 'false');
    expect(screen.getByRole('tabpanel')).toHaveTextContent('The table');
    expect(screen.getByText('The drawing').closest('[role="tabpanel"]')).toHaveAttribute('hidden');
    // One tab stop, on the selected tab, as the tabs pattern has it.
    expect(tab('Table').tabIndex).toBe(0);
    expect(tab('Chart').tabIndex).toBe(-1);
  });

  it('moves between tabs with the arrow keys, Home and End', () => {
    tab('Chart').focus();
    fireEvent.keyDown(tab('Chart'), { key: 'ArrowRight' });
    expect(tab('Table')).toHaveFocus();
    expect(screen.getByRole('tabpanel')).toHaveTextContent('The table');
    fireEvent.keyDown(tab('Table'), { key: 'End' });
    expect(screen.getByRole('tabpanel')).toHaveTextContent('The sources');
    fireEvent.keyDown(tab('Sources'), { key: 'ArrowRight' });
    expect(tab('Chart')).toHaveFocus();
    fireEvent.keyDown(tab('Chart'), { key: 'ArrowLeft' });
    expect(tab('Sources')).toHaveFocus();
    fireEvent.keyDown(tab('Sources'), { key: 'Home' });
    expect(screen.getByRole('tabpanel')).toHaveTextContent('The drawing');
  });

  it('remembers the last button tapped, for the app to answer when it wakes', () => {
    fireEvent.click(screen.getByRole('button', { name: 'Embed' }));
    expect(marked(container)).toEqual(['Embed']);
    fireEvent.click(screen.getByRole('button', { name: 'Download PNG' }));
    expect(marked(container)).toEqual(['Download PNG']);
    fireEvent.click(screen.getByRole('button', { name: 'Busy' }));
    fireEvent.click(tab('Table'));
    expect(marked(container)).toEqual(['Download PNG']);
  });

  it('shows a currency picked before the app at once, by naming it on the root', () => {
    delete document.documentElement.dataset.currency;
    fireEvent.click(screen.getByRole('radio', { name: 'US dollar' }));
    expect(document.documentElement.dataset.currency).toBe('USD');
    fireEvent.click(screen.getByRole('radio', { name: 'Euro' }));
    expect(document.documentElement.dataset.currency).toBe('EUR');
  });

  it('stands down once the app is awake', () => {
    container.dataset.awake = '';
    fireEvent.click(tab('Table'));
    fireEvent.keyDown(tab('Chart'), { key: 'ArrowRight' });
    fireEvent.click(screen.getByRole('button', { name: 'Embed' }));
    expect(tab('Chart')).toHaveAttribute('aria-selected', 'true');
    expect(marked(container)).toEqual([]);
  });
});
