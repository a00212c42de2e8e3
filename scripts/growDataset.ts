/**
 * A larger dataset for trying the views as the story grows: the timeline's events and the quotes
 * multiplied by `factor`, each copy with a new id, a date moved forward so the copies spread over
 * the two years after the article, and varied words (so a list of 400 events does not read as the
 * same eight lines). The figures and the article stay as they are. Excerpts stay the article's
 * verbatim words, as the schema asks; these datasets are for tests and trials, never shipped.
 */
import type { Dataset, EventKind, Localized, Quote, TimelineEvent } from '../src/data/schema';
import { mulberry32 } from './mulberry32';

/** Days the copies spread over, after each original's date. */
const SPREAD_DAYS = 730;

// Headlines as an editor keeping the timeline up would write them, in both languages.
const WHO: Localized[] = [
  { en: 'Berlin', de: 'Berlin' },
  { en: 'The defence ministry', de: 'Das Verteidigungsministerium' },
  { en: 'The Bundestag', de: 'Der Bundestag' },
  { en: 'NATO', de: 'Die NATO' },
  { en: 'The chancellery', de: 'Das Kanzleramt' },
  { en: 'Kyiv', de: 'Kiew' },
];
/** What was done, and so what kind of event it is (the timeline's filter). */
const DID: (Localized & { kind: EventKind })[] = [
  {
    en: 'announces another air-defence package',
    de: 'kündigt ein weiteres Flugabwehrpaket an',
    kind: 'aid',
  },
  { en: 'approves new export licences', de: 'genehmigt neue Exportlizenzen', kind: 'aid' },
  { en: 'confirms a delivery of drones', de: 'bestätigt eine Lieferung von Drohnen', kind: 'aid' },
  {
    en: 'agrees on training for Ukrainian crews',
    de: 'vereinbart Ausbildung ukrainischer Besatzungen',
    kind: 'aid',
  },
  {
    en: 'reports on the Wiesbaden command',
    de: 'berichtet über das Kommando in Wiesbaden',
    kind: 'politics',
  },
  {
    en: 'sets out next year’s aid budget',
    de: 'legt den Hilfsetat für das nächste Jahr vor',
    kind: 'politics',
  },
  {
    en: 'hands over spare parts and ammunition',
    de: 'übergibt Ersatzteile und Munition',
    kind: 'aid',
  },
  {
    en: 'reports fighting along the front',
    de: 'meldet Kämpfe entlang der Front',
    kind: 'war',
  },
];
const WHY: Localized[] = [
  { en: 'after talks with its partners', de: 'nach Gesprächen mit den Partnern' },
  { en: 'ahead of the winter', de: 'vor dem Winter' },
  { en: 'as fighting continues in the east', de: 'während die Kämpfe im Osten andauern' },
  { en: 'following a request from Kyiv', de: 'auf eine Bitte aus Kiew hin' },
  { en: 'within the existing budget', de: 'im Rahmen des bestehenden Haushalts' },
];

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)] as T;
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + Math.round(days));
  return date.toISOString().slice(0, 10);
}

function headline(next: () => number): {
  kind: EventKind;
  title: Localized;
  description: Localized;
} {
  const [who, did, why] = [pick(WHO, next), pick(DID, next), pick(WHY, next)];
  return {
    kind: did.kind,
    title: { en: `${who.en} ${did.en}`, de: `${who.de} ${did.de}` },
    description: {
      en: `${who.en} ${did.en} ${why.en}.`,
      de: `${who.de} ${did.de}, ${why.de}.`,
    },
  };
}

function growEvent(event: TimelineEvent, copy: number, factor: number, next: () => number) {
  const shift = (copy * SPREAD_DAYS) / factor + next() * 10;
  return {
    ...event,
    id: `${event.id}-${copy + 1}`,
    start: addDays(event.start, shift),
    ...(event.end !== undefined && { end: addDays(event.end, shift) }),
    ...headline(next),
  } satisfies TimelineEvent;
}

function growQuote(quote: Quote, copy: number, factor: number, next: () => number): Quote {
  const grown: Quote = { ...quote, id: `${quote.id}-${copy + 1}` };
  delete grown.slide;
  if (quote.date !== undefined) {
    grown.date = addDays(quote.date, (copy * SPREAD_DAYS) / factor + next() * 10);
  }
  return grown;
}

/** The dataset with its events and quotes `factor` times over (the originals first). */
export function growDataset(dataset: Dataset, factor: number): Dataset {
  if (!Number.isInteger(factor) || factor < 1) {
    throw new Error(`the factor must be a whole number from 1 up, not ${factor}`);
  }
  // The same factor always writes the same file.
  const next = mulberry32(factor);
  const copies = Array.from({ length: factor - 1 }, (_, i) => i + 1);
  return {
    ...dataset,
    timeline: [
      ...dataset.timeline,
      ...copies.flatMap((copy) => dataset.timeline.map((e) => growEvent(e, copy, factor, next))),
    ],
    quotes: [
      ...dataset.quotes,
      ...copies.flatMap((copy) => dataset.quotes.map((q) => growQuote(q, copy, factor, next))),
    ],
  };
}
