import type { z } from 'zod';
import { datasetSchema, type Dataset } from './schema';

/**
 * Turns the dataset's JSON text into either the typed data or a list of problems, one line each,
 * written for the person editing dataset.json: where (a JSON path) and what is wrong, in words.
 */

export type CheckResult = { ok: true; data: Dataset } | { ok: false; problems: string[] };

type Issue = z.core.$ZodIssue;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `figures[2].quantity.stated.EUR`; `(root)` for the document itself. */
export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path
    .map((key, index) => {
      if (typeof key === 'number') return `[${key}]`;
      if (typeof key === 'symbol') return `[${String(key)}]`;
      if (IDENTIFIER.test(key)) return index === 0 ? key : `.${key}`;
      return `[${JSON.stringify(key)}]`;
    })
    .join('');
}

export function checkDataset(text: string): CheckResult {
  // Editors on Windows may save a byte-order mark, which JSON.parse rejects.
  const json = text.replace(/^\uFEFF/, '');
  if (json.trim() === '') {
    return {
      ok: false,
      problems: ['(root): the file is empty; it should hold the dataset as JSON'],
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, problems: [`(root): invalid JSON ${parserMessage(error, json)}`] };
  }
  return checkData(data);
}

/** The same check for data already in memory (lets tests reach values JSON cannot hold). */
export function checkData(data: unknown): CheckResult {
  // reportInput keeps the offending value on each issue: a missing key shows up as undefined.
  const result = datasetSchema.safeParse(data, { reportInput: true, error: fallbackMessage });
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, problems: toProblems(result.error.issues) };
}

function toProblems(issues: readonly Issue[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    for (const [path, message] of describeIssue(issue)) {
      const where = formatPath(path);
      // A value that fails its format (30/04/2024) also fails the checks after it ("not a real
      // calendar date"); the first problem at a place is the one to fix.
      if (seen.has(where)) continue;
      seen.add(where);
      problems.push(`${where}: ${message}`);
    }
  }
  return problems;
}

function describeIssue(issue: Issue): [readonly PropertyKey[], string][] {
  switch (issue.code) {
    case 'unrecognized_keys':
      // zod reports all extra keys at the object; the editor needs to find each key.
      return issue.keys.map((key) => [[...issue.path, key], `unknown field "${key}"`]);
    case 'invalid_type':
      if (issue.input === undefined) return [[issue.path, 'is missing']];
      if (typeof issue.input === 'number' && issue.expected === 'number') {
        return [[issue.path, 'must be a finite number']];
      }
      return [[issue.path, `${issue.message} (found ${describeValue(issue.input)})`]];
    case 'invalid_value':
      return [[issue.path, `${issue.message} (found ${describeValue(issue.input)})`]];
    case 'invalid_union':
      return [describeUnion(issue)];
    default:
      return [[issue.path, issue.message]];
  }
}

/** A discriminated union that matched no option: name the field and the kinds it accepts. */
function describeUnion(issue: Extract<Issue, { code: 'invalid_union' }>): [PropertyKey[], string] {
  const key = issue.discriminator;
  if (key === undefined || !('options' in issue) || issue.options === undefined) {
    return [issue.path, issue.message];
  }
  const path = issue.path.at(-1) === key ? issue.path : [...issue.path, key];
  const kinds = `one of ${issue.options.map(String).join(', ')}`;
  const value = isRecord(issue.input) ? issue.input[key] : undefined;
  if (value === undefined) return [path, `is missing (must be ${kinds})`];
  return [path, `must be ${kinds} (found ${describeValue(value)})`];
}

/** Plain words where the schema carries no message of its own (zod asks the schema first). */
function fallbackMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `must list at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`
        : `must be at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `must list at most ${issue.maximum} item${issue.maximum === 1 ? '' : 's'}`
        : `must be at most ${issue.maximum}`;
    case 'invalid_format':
      return `is not a valid ${issue.format}`;
    default:
      return undefined; // zod's own wording
  }
}

const TYPE_NAMES: Partial<Record<string, string>> = {
  object: 'an object',
  array: 'a list',
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  null: 'null',
};

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The engine's message with "at position 1234" turned into a line and column one can go to. */
function parserMessage(error: unknown, json: string): string {
  const message = (error instanceof Error ? error.message : String(error))
    .replace(/\r?\n/g, '\\n') // the engine may quote the bad text, line breaks and all
    .replace(/\s*\(line \d+ column \d+\)$/, ''); // newer engines add this themselves
  // Where the parser stopped: the position it gives, else the end of the text ("Unexpected end
  // of JSON input" gives none), as a line and column an editor can jump to.
  const position = /at position (\d+)/.exec(message)?.[1];
  const before = json.slice(0, position === undefined ? json.length : Number(position)).split('\n');
  const where = `at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
  return `${where}: ${message.replace(/\s*(at|in JSON at) position \d+/, '')}`;
}
