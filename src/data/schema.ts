import { z } from 'zod';

/**
 * The dataset's contract. Every number on screen passes through here, so each rule names a way
 * the data could be wrong that a reader would otherwise see as a wrong number.
 */

const nonEmptyText = z
  .string({ error: 'must be text' })
  .refine((s) => s.trim().length > 0, { message: 'must not be empty' });

/** A calendar date as YYYY-MM-DD that actually exists (no 2024-02-30). */
export const isoDate = z
  .string({ error: 'must be a date as text (YYYY-MM-DD)' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD' })
  .refine(
    (s) => {
      const [y, m, d] = s.split('-').map(Number) as [number, number, number];
      const date = new Date(Date.UTC(y, m - 1, d));
      return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
    },
    { message: 'is not a real calendar date' },
  );

/** Text the reader sees in the UI language; quotes and excerpts stay in English as published. */
export const localized = z
  .object({ en: nonEmptyText, de: nonEmptyText }, { error: 'must give the text in en and de' })
  .strict();

const amount = z
  .number({ error: 'must be a number' })
  .refine((n) => Number.isFinite(n), { message: 'must be a finite number' })
  .refine((n) => n >= 0, { message: 'must not be negative' });

export const dateBasis = z.enum(['stated', 'inferred', 'context'], {
  error: 'must be one of stated, inferred, context',
});

export const currencyCode = z.enum(['EUR', 'USD'], { error: 'must be EUR or USD' });

export const countUnit = z.enum(['drones', 'systems', 'people', 'years', 'rank'], {
  error: 'must be one of drones, systems, people, years, rank',
});

const money = z
  .object({
    kind: z.literal('money'),
    /** Amounts as the article states them, by currency. EUR is always stated. */
    stated: z.object({ EUR: amount, USD: amount.optional() }).strict(),
  })
  .strict();

const count = z
  .object({
    kind: z.literal('count'),
    amount,
    unit: countUnit,
  })
  .strict();

const qualitative = z
  .object({
    kind: z.literal('qualitative'),
    /** The article's own words where it gives no exact number. */
    text: nonEmptyText,
  })
  .strict();

export const quantity = z.discriminatedUnion('kind', [money, count, qualitative], {
  error: 'must have kind money, count or qualitative',
});

const asOf = z
  .object({
    date: isoDate.optional(),
    basis: dateBasis,
    /** How the article words the time ("as of the end of April", "in 2024 alone"). */
    wording: localized,
  })
  .strict();

export const figure = z
  .object({
    id: nonEmptyText,
    quantity,
    /** What the number measures, in plain words; shown beside it. */
    measures: localized,
    asOf,
    /** The verbatim article sentence fragment the figure rests on. */
    excerpt: nonEmptyText,
    /** What the figure does not say; shown as a caveat. */
    caveat: localized.optional(),
    headline: z.boolean({ error: 'must be true or false' }),
  })
  .strict();

export const quote = z
  .object({
    id: nonEmptyText,
    /** The exact words inside the article's quotation marks. */
    text: nonEmptyText,
    speaker: nonEmptyText,
    role: localized,
    /** Paraphrase of the words before and after the quote in its sentence; never in quotation marks. */
    lead: localized.optional(),
    tail: localized.optional(),
    /** What the speaker was talking about, in plain words. */
    context: localized,
    date: isoDate.optional(),
    dateBasis: dateBasis.optional(),
    place: nonEmptyText.optional(),
  })
  .strict();

export const timelineEvent = z
  .object({
    id: nonEmptyText,
    start: isoDate,
    /** Last day of a period; absent for a single day. */
    end: isoDate.optional(),
    /** True where the day is approximate; the view then shows the month only. */
    approximate: z.boolean({ error: 'must be true or false' }).optional(),
    dateBasis,
    title: localized,
    description: localized,
    /** The verbatim article text an event rests on (stated or inferred events). */
    excerpt: nonEmptyText.optional(),
    /** Where an event from outside the article comes from (context events). */
    reference: localized.optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (e.end !== undefined && e.end < e.start) {
      ctx.addIssue({ code: 'custom', message: 'ends before it starts', path: ['end'] });
    }
    if (e.dateBasis === 'context' && e.reference === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'an event from outside the article needs a reference',
        path: ['reference'],
      });
    }
    if (e.dateBasis !== 'context' && e.excerpt === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'an event from the article needs the excerpt it rests on',
        path: ['excerpt'],
      });
    }
  });

export const article = z
  .object({
    outlet: nonEmptyText,
    author: nonEmptyText,
    authorRole: localized,
    dateline: nonEmptyText,
    published: z.object({ date: isoDate, basis: dateBasis, note: localized }).strict(),
    /** The headline and web address are not part of the text we hold; null says so. */
    headline: nonEmptyText.nullable(),
    url: z.url({ message: 'must be a web address' }).nullable(),
  })
  .strict();

function uniqueIds(items: readonly { id: string }[], ctx: z.RefinementCtx, key: string): void {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first !== undefined) {
      ctx.addIssue({
        code: 'custom',
        message: `duplicate id "${item.id}" (first used at ${key}[${first}])`,
        path: [key, index, 'id'],
      });
    } else {
      seen.set(item.id, index);
    }
  });
}

export const datasetSchema = z
  .object({
    article,
    figures: z.array(figure).min(1, { message: 'must list at least one figure' }),
    quotes: z.array(quote).min(1, { message: 'must list at least one quote' }),
    timeline: z.array(timelineEvent).min(1, { message: 'must list at least one event' }),
  })
  .strict()
  .superRefine((data, ctx) => {
    uniqueIds(data.figures, ctx, 'figures');
    uniqueIds(data.quotes, ctx, 'quotes');
    uniqueIds(data.timeline, ctx, 'timeline');
  });

export type Dataset = z.infer<typeof datasetSchema>;
export type Figure = z.infer<typeof figure>;
export type Quantity = z.infer<typeof quantity>;
export type Quote = z.infer<typeof quote>;
export type TimelineEvent = z.infer<typeof timelineEvent>;
export type DateBasis = z.infer<typeof dateBasis>;
export type CurrencyCode = z.infer<typeof currencyCode>;
export type CountUnit = z.infer<typeof countUnit>;
export type Article = z.infer<typeof article>;
export type Localized = z.infer<typeof localized>;
