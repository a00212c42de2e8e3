import type { Currency } from '../lib/locale';
import type { Dataset, Figure, Quantity, TimelineEvent } from './schema';

type MoneyQuantity = Extract<Quantity, { kind: 'money' }>;

/** An amount ready to show: in the chosen currency, and whether we converted it ourselves. */
export interface Money {
  amount: number;
  currency: Currency;
  converted: boolean;
}

export function figureById(dataset: Dataset, id: string): Figure {
  const figure = dataset.figures.find((f) => f.id === id);
  if (!figure) throw new Error(`No figure "${id}" in the dataset`);
  return figure;
}

/**
 * US$ per € as the article implies it: the one figure stated in both currencies
 * (€10.2 billion = $11.03 billion), so 11.03 / 10.2 ≈ 1.0814.
 */
export function impliedUsdPerEur(dataset: Dataset): number {
  for (const f of dataset.figures) {
    if (f.quantity.kind === 'money' && f.quantity.stated.USD !== undefined) {
      return f.quantity.stated.USD / f.quantity.stated.EUR;
    }
  }
  throw new Error('The dataset states no amount in both EUR and USD, so no rate is implied');
}

/** The stated amount where the article gives one in this currency, else converted from euros. */
export function moneyIn(quantity: MoneyQuantity, currency: Currency, usdPerEur: number): Money {
  const stated = quantity.stated[currency];
  if (stated !== undefined) return { amount: stated, currency, converted: false };
  return { amount: quantity.stated.EUR * usdPerEur, currency, converted: true };
}

export function otherCurrency(currency: Currency): Currency {
  return currency === 'EUR' ? 'USD' : 'EUR';
}

/** Headline figures first, in dataset order: the cards read as the article ranks them. */
export function selectFigureCards(dataset: Dataset): { headline: Figure[]; context: Figure[] } {
  return {
    headline: dataset.figures.filter((f) => f.headline),
    context: dataset.figures.filter((f) => !f.headline),
  };
}

export interface AidTotalRow {
  id: 'provided' | 'authorised';
  figureId: string;
  money: Money;
}

/** The two money measures, side by side and never summed (docs/ARCHITECTURE.md, Honest charting). */
export function selectAidTotals(dataset: Dataset, currency: Currency): AidTotalRow[] {
  const rate = impliedUsdPerEur(dataset);
  const rows: [AidTotalRow['id'], string][] = [
    ['provided', 'aid-provided'],
    ['authorised', 'exports-authorised-2024'],
  ];
  return rows.map(([id, figureId]) => {
    const q = figureById(dataset, figureId).quantity;
    if (q.kind !== 'money') throw new Error(`Figure "${figureId}" is not an amount of money`);
    return { id, figureId, money: moneyIn(q, currency, rate) };
  });
}

export function selectDroneCount(dataset: Dataset): number {
  const q = figureById(dataset, 'drones-provided').quantity;
  if (q.kind !== 'count') throw new Error('Figure "drones-provided" is not a count');
  return q.amount;
}

/**
 * Oldest first; ties keep dataset order so a period and an event on one day stay as edited.
 * ISO dates sort as plain strings; localeCompare would start the browser's collator (≈ 45 ms,
 * in the middle of hydration) for nothing.
 */
export function selectTimeline(dataset: Dataset): TimelineEvent[] {
  return [...dataset.timeline].sort((a, b) => compareCodeUnits(a.start, b.start));
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
