import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dataset } from '../../../src/data/dataset';
import { CurrencySwitch } from '../../../src/features/header/CurrencySwitch';
import type { Currency } from '../../../src/lib/locale';
import { SettingsContext } from '../../../src/lib/SettingsContext';
import { SettingsProvider } from '../../../src/lib/SettingsProvider';
import { useSettings } from '../../../src/lib/useSettings';
import { DEFAULT_OPTIONS } from '../../../src/lib/urlOptions';

/** The switch under settings the test holds, so it can change them as a link would. */
function withCurrency(currency: Currency, setOption = vi.fn()) {
  return (
    <SettingsContext value={{ ...DEFAULT_OPTIONS, currency, setOption }}>
      <CurrencySwitch dataset={dataset} />
    </SettingsContext>
  );
}

afterEach(() => {
  delete document.documentElement.dataset.currency;
});

describe('CurrencySwitch', () => {
  it('shows a tapped choice at once, then records it and says so', async () => {
    const user = userEvent.setup();
    const setOption = vi.fn();
    render(withCurrency('EUR', setOption));
    await user.click(screen.getByRole('radio', { name: 'US dollar ($)' }));
    // Checked, and named on the root where CSS shows the dollar figures and drawings.
    expect(screen.getByRole('radio', { name: 'US dollar ($)' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Euro (€)' })).not.toBeChecked();
    expect(document.documentElement.dataset.currency).toBe('USD');
    expect(setOption).toHaveBeenCalledWith('currency', 'USD');
    expect(await screen.findByRole('status')).toHaveTextContent('Amounts now in US dollars.');
  });

  it('follows a choice made elsewhere: a link’s ?currency= taken up as the app wakes', async () => {
    /** What takes up a link's option once the app is awake: the settings, changed from outside. */
    function Elsewhere() {
      const { setOption } = useSettings();
      return (
        <button type="button" onClick={() => setOption('currency', 'USD')}>
          elsewhere
        </button>
      );
    }
    render(
      <SettingsProvider initial={DEFAULT_OPTIONS}>
        <CurrencySwitch dataset={dataset} />
        <Elsewhere />
      </SettingsProvider>,
    );
    expect(screen.getByRole('radio', { name: 'Euro (€)' })).toBeChecked();
    await userEvent.setup().click(screen.getByRole('button', { name: 'elsewhere' }));
    expect(screen.getByRole('radio', { name: 'US dollar ($)' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Euro (€)' })).not.toBeChecked();
    expect(document.documentElement.dataset.currency).toBe('USD');
  });
});
