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

/**
 * What kind of event it is: our grouping for the timeline's filter, not the article's words. Aid
 * and arms (deliveries, totals, export licences), politics and alliances (statements, summits,
 * institutions), and the war itself.
 */
export const eventKind = z.enum(['aid', 'politics', 'war'], {
  error: 'must be one of aid, politics, war',
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

/**
 * How a date is known, by the rule the timeline states: *stated* only where the article gives that
 * date or period in words (`words` holds them, verbatim); *inferred* where we worked it out, from
 * the article's `words` as `note` says ("Monday" → 8 July 2024); *context* from outside it.
 */
function checkDating(
  dating: { basis?: DateBasis | undefined; words?: string | undefined; note?: unknown },
  ctx: z.RefinementCtx,
  keys: { words: string; note: string },
): void {
  if ((dating.basis === 'stated' || dating.basis === 'inferred') && dating.words === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: `a date marked ${dating.basis} needs the article's words it rests on`,
      path: [keys.words],
    });
  }
  if (dating.basis === 'inferred' && dating.note === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: 'an inferred date needs a note on how it was worked out',
      path: [keys.note],
    });
  }
}

const asOf = z
  .object({
    date: isoDate.optional(),
    basis: dateBasis,
    /** How the time is put on screen ("as of the end of April 2024", "in 2024 alone"). */
    wording: localized,
    /** The article's words that give the time (stated) or that it is worked out from (inferred). */
    words: nonEmptyText.optional(),
    /** How an inferred time was worked out from those words. */
    note: localized.optional(),
  })
  .strict()
  .superRefine((a, ctx) => checkDating(a, ctx, { words: 'words', note: 'note' }));

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

/** The speaker's words inside the article's own quotation marks, as it types them. */
const QUOTED = /“[^“”]+”/;

export const quote = z
  .object({
    id: nonEmptyText,
    /**
     * The article's sentence, verbatim, with its own quotation marks around the speaker's words
     * (shown as `<q>`); an ellipsis (…) marks words left out. Nothing of ours goes in here.
     */
    excerpt: nonEmptyText
      .refine((s) => QUOTED.test(s), {
        message: 'must keep the article’s quotation marks “…” around the speaker’s words',
      })
      .refine((s) => (s.match(/“/g) ?? []).length === (s.match(/”/g) ?? []).length, {
        message: 'has a quotation mark “ or ” without its partner',
      }),
    speaker: nonEmptyText,
    role: localized,
    /** Our German rendering of the sentence, shown outside the quotation and marked as ours. */
    gloss: z
      .object({ de: nonEmptyText }, { error: 'must give the gloss in de' })
      .strict()
      .optional(),
    /** What the speaker was talking about, in plain words. */
    context: localized,
    date: isoDate.optional(),
    dateBasis: dateBasis.optional(),
    dateWords: nonEmptyText.optional(),
    dateNote: localized.optional(),
    place: nonEmptyText.optional(),
    /** A slide of its own in the deck. Where no quote says so, the first five are (deckQuotes). */
    slide: z.boolean({ error: 'must be true or false' }).optional(),
  })
  .strict()
  .superRefine((q, ctx) => {
    if (q.date !== undefined && q.dateBasis === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: 'a dated quote says how the date is known',
        path: ['dateBasis'],
      });
    }
    checkDating({ basis: q.dateBasis, words: q.dateWords, note: q.dateNote }, ctx, {
      words: 'dateWords',
      note: 'dateNote',
    });
  });

export const timelineEvent = z
  .object({
    id: nonEmptyText,
    kind: eventKind,
    start: isoDate,
    /** Last day of a period; absent for a single day. */
    end: isoDate.optional(),
    /** True where the day is approximate; the view then shows the month only. */
    approximate: z.boolean({ error: 'must be true or false' }).optional(),
    dateBasis,
    /** The article's words that give the date (stated) or that it is worked out from (inferred). */
    dateWords: nonEmptyText.optional(),
    /** How the date was worked out from those words; for a stated period, what it leaves open. */
    dateNote: localized.optional(),
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
    checkDating({ basis: e.dateBasis, words: e.dateWords, note: e.dateNote }, ctx, {
      words: 'dateWords',
      note: 'dateNote',
    });
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
export type EventKind = z.infer<typeof eventKind>;
export type CurrencyCode = z.infer<typeof currencyCode>;
export type CountUnit = z.infer<typeof countUnit>;
export type Article = z.infer<typeof article>;
export type Localized = z.infer<typeof localized>;
