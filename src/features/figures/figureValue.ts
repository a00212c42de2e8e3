import type { Figure } from '../../data/schema';
import { moneyIn, otherCurrency } from '../../data/selectors';
import { formatCount, formatMoney, formatPlace, formatRate } from '../../lib/format';
import type { Currency, Lang } from '../../lib/locale';
import type { T } from '../../lib/useT';

export interface FigureValue {
  /** The number as shown big on the card; for quoted wording, `quoted` is true. */
  main: string;
  quoted: boolean;
  /** "Stated as $11.03 billion" or "converted at 1.0814 US$ per €": never a bare number. */
  notes: string[];
}

interface Options {
  lang: Lang;
  currency: Currency;
  usdPerEur: number;
  t: T;
}

/** Turns a figure into the words on its card, in the reader's language and currency. */
export function figureValue(
  figure: Figure,
  { lang, currency, usdPerEur, t }: Options,
): FigureValue {
  const q = figure.quantity;
  switch (q.kind) {
    case 'money': {
      const money = moneyIn(q, currency, usdPerEur);
      const notes: string[] = [];
      if (money.converted)
        notes.push(t('figures.converted', { rate: formatRate(usdPerEur, lang) }));
      const other = otherCurrency(currency);
      const statedOther = q.stated[other];
      if (statedOther !== undefined) {
        notes.push(t('figures.statedAlso', { value: formatMoney(statedOther, other, lang) }));
      }
      return {
        main: formatMoney(money.amount, money.currency, lang, 'headline'),
        quoted: false,
        notes,
      };
    }
    case 'count': {
      const count = formatCount(q.amount, lang);
      const main =
        q.unit === 'rank'
          ? t('unit.rankAfter', { ordinal: formatPlace(q.amount, lang) })
          : t(`unit.${q.unit}`, { count });
      return { main, quoted: false, notes: [] };
    }
    case 'qualitative':
      return { main: q.text, quoted: true, notes: [] };
  }
}
