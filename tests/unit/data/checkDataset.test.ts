// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkData, checkDataset, formatPath } from '../../../src/data/checkDataset';
import { datasetSchema } from '../../../src/data/schema';

const realText = readFileSync(new URL('../../../src/data/dataset.json', import.meta.url), 'utf8');

type Path = readonly (string | number)[];
const REMOVE = Symbol('remove the field');

function child(node: unknown, key: string | number): unknown {
  if (typeof node !== 'object' || node === null) throw new Error(`no ${String(key)} to reach into`);
  return (node as Record<string | number, unknown>)[key];
}

function get(data: unknown, path: Path): unknown {
  return path.reduce<unknown>(child, data);
}

/** Damages the data the way a careless edit of the JSON would: set or remove one field. */
function set(data: unknown, path: Path, value: unknown): void {
  const parent = get(data, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path.at(-1) ?? '';
  if (value === REMOVE) Reflect.deleteProperty(parent, key);
  else parent[key] = value;
}

const real: unknown = JSON.parse(realText);

/** Rows find their target by content, so they keep working as the data is edited. */
function indexWhere(list: string, field: Path, value: unknown): number {
  const items = get(real, [list]) as unknown[];
  const index = items.findIndex((item) => get(item, field) === value);
  if (index < 0)
    throw new Error(`the real dataset has no ${list} with ${field.join('.')} ${value}`);
  return index;
}

const money = indexWhere('figures', ['quantity', 'kind'], 'money');
const count = indexWhere('figures', ['quantity', 'kind'], 'count');
const contextEvent = indexWhere('timeline', ['dateBasis'], 'context');
const statedEvent = indexWhere('timeline', ['dateBasis'], 'stated');
const inferredEvent = indexWhere('timeline', ['dateBasis'], 'inferred');
const firstId = (list: string) => String(get(real, [list, 0, 'id']));

function problemsAfter(...edits: [Path, unknown][]): string[] {
  const data: unknown = JSON.parse(realText);
  for (const [path, value] of edits) set(data, path, value);
  const result = checkDataset(JSON.stringify(data));
  if (result.ok) throw new Error('the damaged dataset passed the check');
  return result.problems;
}

describe('checkDataset', () => {
  it('accepts the real dataset', () => {
    const result = checkDataset(realText);
    expect(result.ok ? result.data.figures.length : result.problems).toBe(
      (get(real, ['figures']) as unknown[]).length,
    );
  });

  const damages: [name: string, path: Path, value: unknown, expected: string][] = [
    ['missing field', ['figures', 0, 'excerpt'], REMOVE, 'figures[0].excerpt: is missing'],
    ['missing block', ['figures', 0, 'measures'], REMOVE, 'figures[0].measures: is missing'],
    ['missing top-level list', ['quotes'], REMOVE, 'quotes: is missing'],
    [
      'amount written as text',
      ['figures', count, 'quantity', 'amount'],
      '537',
      `figures[${count}].quantity.amount: must be a number (found text "537")`,
    ],
    [
      'negative amount',
      ['figures', money, 'quantity', 'stated', 'EUR'],
      -1,
      `figures[${money}].quantity.stated.EUR: must not be negative`,
    ],
    [
      'true or false written as text',
      ['figures', 0, 'headline'],
      'yes',
      'figures[0].headline: must be true or false (found text "yes")',
    ],
    [
      'impossible date',
      ['article', 'published', 'date'],
      '2024-02-30',
      'article.published.date: is not a real calendar date',
    ],
    [
      'badly written date',
      ['timeline', 0, 'start'],
      '30/04/2024',
      'timeline[0].start: must be a date written YYYY-MM-DD',
    ],
    ['empty text', ['quotes', 0, 'speaker'], '   ', 'quotes[0].speaker: must not be empty'],
    [
      'empty translation',
      ['figures', 0, 'measures', 'de'],
      '',
      'figures[0].measures.de: must not be empty',
    ],
    [
      'duplicate figure id',
      ['figures', 1, 'id'],
      firstId('figures'),
      `figures[1].id: duplicate id "${firstId('figures')}" (first used at figures[0])`,
    ],
    [
      'duplicate quote id',
      ['quotes', 1, 'id'],
      firstId('quotes'),
      `quotes[1].id: duplicate id "${firstId('quotes')}" (first used at quotes[0])`,
    ],
    [
      'duplicate timeline id',
      ['timeline', 1, 'id'],
      firstId('timeline'),
      `timeline[1].id: duplicate id "${firstId('timeline')}" (first used at timeline[0])`,
    ],
    [
      'unknown unit',
      ['figures', count, 'quantity', 'unit'],
      'tanks',
      `figures[${count}].quantity.unit: must be one of drones, systems, people, years, rank (found text "tanks")`,
    ],
    [
      'unknown date basis',
      ['figures', 0, 'asOf', 'basis'],
      'rumour',
      'figures[0].asOf.basis: must be one of stated, inferred, context (found text "rumour")',
    ],
    [
      'unknown kind of event',
      ['timeline', 2, 'kind'],
      'sports',
      'timeline[2].kind: must be one of aid, politics, war (found text "sports")',
    ],
    [
      'unknown currency key',
      ['figures', money, 'quantity', 'stated', 'GBP'],
      1,
      `figures[${money}].quantity.stated.GBP: unknown field "GBP"`,
    ],
    [
      'unknown kind of quantity',
      ['figures', 0, 'quantity', 'kind'],
      'percent',
      'figures[0].quantity.kind: must be one of money, count, qualitative (found text "percent")',
    ],
    [
      'kind of quantity left out',
      ['figures', 0, 'quantity', 'kind'],
      REMOVE,
      'figures[0].quantity.kind: is missing (must be one of money, count, qualitative)',
    ],
    [
      'timeline end before start',
      ['timeline', 0, 'end'],
      '1900-01-01',
      'timeline[0].end: ends before it starts',
    ],
    [
      'context event without reference',
      ['timeline', contextEvent, 'reference'],
      REMOVE,
      `timeline[${contextEvent}].reference: an event from outside the article needs a reference`,
    ],
    [
      'stated event without excerpt',
      ['timeline', statedEvent, 'excerpt'],
      REMOVE,
      `timeline[${statedEvent}].excerpt: an event from the article needs the excerpt it rests on`,
    ],
    [
      'stated date without the article’s words',
      ['timeline', statedEvent, 'dateWords'],
      REMOVE,
      `timeline[${statedEvent}].dateWords: a date marked stated needs the article's words it rests on`,
    ],
    [
      'inferred date without saying how',
      ['timeline', inferredEvent, 'dateNote'],
      REMOVE,
      `timeline[${inferredEvent}].dateNote: an inferred date needs a note on how it was worked out`,
    ],
    [
      'inferred figure date without its words',
      ['figures', count, 'asOf', 'words'],
      REMOVE,
      `figures[${count}].asOf.words: a date marked inferred needs the article's words it rests on`,
    ],
    [
      'quote with our framing instead of the article’s quotation marks',
      ['quotes', 0, 'excerpt'],
      'Germany will be represented at a high level, he said.',
      'quotes[0].excerpt: must keep the article’s quotation marks “…” around the speaker’s words',
    ],
    [
      'quote with an unmatched quotation mark',
      ['quotes', 0, 'excerpt'],
      'Germany will be “represented” at a high level, he said”.',
      'quotes[0].excerpt: has a quotation mark “ or ” without its partner',
    ],
    [
      'unknown extra field',
      ['figures', 0, 'colour'],
      'red',
      'figures[0].colour: unknown field "colour"',
    ],
    [
      'unknown field in a translation',
      ['quotes', 0, 'role', 'fr'],
      'x',
      'quotes[0].role.fr: unknown field "fr"',
    ],
    ['empty figures list', ['figures'], [], 'figures: must list at least one figure'],
    ['list given as an object', ['timeline'], {}, 'timeline: must be a list (found an object)'],
    ['bad web address', ['article', 'url'], 'not a url', 'article.url: must be a web address'],
  ];

  it.each(damages)('reports %s in one plain line', (_, path, value, expected) => {
    expect(problemsAfter([path, value])).toEqual([expected]);
  });

  it('reports each unknown field on its own line', () => {
    const problems = problemsAfter([['figures', 0, 'a'], 1], [['figures', 0, 'b'], 2]);
    expect(problems).toEqual([
      'figures[0].a: unknown field "a"',
      'figures[0].b: unknown field "b"',
    ]);
  });

  it('reports several problems at once', () => {
    const problems = problemsAfter(
      [['figures', 0, 'excerpt'], REMOVE],
      [['quotes', 0, 'speaker'], ''],
    );
    expect(problems).toEqual([
      'figures[0].excerpt: is missing',
      'quotes[0].speaker: must not be empty',
    ]);
  });

  it('reports text that is not JSON as invalid JSON, with its line and column', () => {
    const result = checkDataset('{ nope');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/^\(root\): invalid JSON at line 1, column 3: .+$/);
  });

  it('points at the line of a JSON syntax error', () => {
    const result = checkDataset('{\n  "figures": [],\n}');
    expect(result.ok ? [] : result.problems).toEqual([
      expect.stringMatching(/^\(root\): invalid JSON at line 3, column 1: /),
    ]);
  });

  it('names the line and column where a cut-off file ends', () => {
    const result = checkDataset('{\n  "figures": [');
    expect(result.ok ? [] : result.problems).toEqual([
      expect.stringMatching(/^\(root\): invalid JSON at line 2, column 15: /),
    ]);
  });

  it('calls an empty file empty', () => {
    for (const text of ['', '  \n', '\uFEFF']) {
      expect(checkDataset(text)).toEqual({
        ok: false,
        problems: ['(root): the file is empty; it should hold the dataset as JSON'],
      });
    }
  });

  it('keeps a parser message that quotes several lines on one line', () => {
    const result = checkDataset('{\n  "figures": [1,],\n}');
    expect(result.ok ? [] : result.problems).toEqual([
      expect.stringMatching(/^\(root\): invalid JSON at line \d+, column \d+: [^\n]+$/),
    ]);
  });

  it('reports JSON that is not an object', () => {
    expect(checkDataset('[]')).toEqual({
      ok: false,
      problems: ['(root): must be an object (found a list)'],
    });
  });

  it('accepts a file saved with a byte-order mark', () => {
    expect(checkDataset(`\uFEFF${realText}`).ok).toBe(true);
  });
});

describe('non-finite amounts (JSON cannot hold them, so the schema is checked directly)', () => {
  for (const value of [Infinity, -Infinity, NaN]) {
    it(`rejects ${value}`, () => {
      const data: unknown = JSON.parse(realText);
      set(data, ['figures', money, 'quantity', 'stated', 'EUR'], value);
      expect(datasetSchema.safeParse(data).success).toBe(false);
      expect(checkData(data)).toEqual({
        ok: false,
        problems: [`figures[${money}].quantity.stated.EUR: must be a finite number`],
      });
    });
  }
});

describe('formatPath', () => {
  it.each([
    [[], '(root)'],
    [['figures'], 'figures'],
    [['figures', 2, 'quantity', 'stated', 'EUR'], 'figures[2].quantity.stated.EUR'],
    [['figures', 0, 'odd key'], 'figures[0]["odd key"]'],
    [[0, 'id'], '[0].id'],
    [['a', Symbol('s')], 'a[Symbol(s)]'],
  ] as [PropertyKey[], string][])('writes %j as %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});
