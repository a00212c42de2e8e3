import { impliedUsdPerEur } from '../../data/selectors';
import type { Dataset } from '../../data/schema';
import { formatRate } from '../../lib/format';
import { CURRENCIES } from '../../lib/locale';
import { useSettings } from '../../lib/useSettings';
import { useT } from '../../lib/useT';

/** Native radios: keyboard, screen readers and no-JS forms all work without extra code. */
export function CurrencySwitch({ dataset }: { dataset: Dataset }) {
  const { lang, currency, setOption } = useSettings();
  const t = useT();
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
              checked={currency === c}
              onChange={() => setOption('currency', c)}
            />
            <span>{t(`controls.currency.${c}`)}</span>
          </label>
        ))}
      </div>
      <p className="switch-note">
        {t('controls.rateNote', { rate: formatRate(impliedUsdPerEur(dataset), lang) })}
      </p>
    </fieldset>
  );
}
