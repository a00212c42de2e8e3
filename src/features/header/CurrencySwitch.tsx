import { startTransition, useOptimistic, useState } from 'react';
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
 * shows in the next frame: the charts and figures carry both currencies and CSS shows the one
 * named on the root; the rest of the page (summaries, tables) follows as a transition, which
 * React renders in slices instead of holding the tap's frame (≈ 60 ms on a 4× slowed CPU).
 */
export function CurrencySwitch({ dataset }: { dataset: Dataset }) {
  const { lang, currency, setOption } = useSettings();
  const [shown, show] = useOptimistic(currency);
  // Said once the choice is made: a radio only says itself is checked, not that every amount
  // on the page changed with it.
  const [announced, announce] = useState('');
  const t = useT();

  function choose(next: Currency) {
    showCurrency(next);
    announce(t(`controls.currencyShown.${next}`));
    startTransition(() => {
      show(next);
      setOption('currency', next);
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
              checked={shown === c}
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
