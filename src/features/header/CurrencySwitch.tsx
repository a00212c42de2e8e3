import { startTransition, useState } from 'react';
import { impliedUsdPerEur } from '../../data/selectors';
import type { Dataset } from '../../data/schema';
import { formatRate } from '../../lib/format';
import { CURRENCIES, type Currency } from '../../lib/locale';
import { showCurrency } from '../../lib/showCurrency';
import { useSettings } from '../../lib/useSettings';
import { useT } from '../../lib/useT';
import './CurrencySwitch.css';

/**
 * Native radios: keyboard, screen readers and no-JS forms all work without extra code. A choice
 * shows in the next frame: the browser checks the radio itself, and the charts and figures carry
 * both currencies, of which CSS shows the one named on the root. The rest of the page (summaries,
 * tables) and the words said to a screen reader follow as a transition, which React renders in
 * slices after that frame.
 *
 * Uncontrolled, so the tap's own task renders nothing: a controlled radio needs React to render
 * the new choice at once, or it puts the old one back. That render and commit took about a third
 * of the tap's 9 ms of script at 4× CPU. A choice made elsewhere (a link's `?currency=`, taken
 * up once the app is awake) is written onto the radios with the root's (showCurrency).
 */
export function CurrencySwitch({ dataset }: { dataset: Dataset }) {
  const { lang, currency, setOption } = useSettings();
  // Said once the choice is made: a radio only says itself is checked, not that every amount
  // on the page changed with it.
  const [announced, announce] = useState('');
  const t = useT();

  function choose(next: Currency) {
    showCurrency(next);
    startTransition(() => {
      setOption('currency', next);
      announce(t(`controls.currencyShown.${next}`));
    });
  }

  return (
    <fieldset className="switch">
      <legend>{t('controls.currency')}</legend>
      <div className="switch-options">
        {CURRENCIES.map((c) => (
          <label key={c} className="switch-option">
            <input
              type="radio"
              name="currency"
              value={c}
              defaultChecked={currency === c}
              onChange={() => choose(c)}
            />
            <span>{t(`controls.currency.${c}`)}</span>
          </label>
        ))}
      </div>
      <p className="visually-hidden" role="status">
        {announced}
      </p>
      <p className="switch-note">
        {t('controls.rateNote', { rate: formatRate(impliedUsdPerEur(dataset), lang) })}
      </p>
    </fieldset>
  );
}
