// @vitest-environment node
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkData, formatPath } from '../../../src/data/checkDataset';

/**
 * Property-based damage (fast-check, seeded so a failure can be replayed): any leaf of the real
 * dataset, broken in a way that can never be valid, is refused, and the refusal names its path.
 */
const real = JSON.parse(
  readFileSync(new URL('../../../src/data/dataset.json', import.meta.url), 'utf8'),
) as unknown;

type Path = (string | number)[];
interface Leaf {
  path: Path;
  value: unknown;
}

function leaves(node: unknown, path: Path = []): Leaf[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => leaves(item, [...path, i]));
  if (typeof node === 'object' && node !== null) {
    return Object.entries(node).flatMap(([key, value]) => leaves(value, [...path, key]));
  }
  return [{ path, value: node }];
}

/** Values that are wrong for a leaf of this kind, whatever the field means. */
function damages(value: unknown): fc.Arbitrary<unknown> {
  if (typeof value === 'string') {
    return fc.constantFrom<unknown>('', '   ', 42, null, true, [], {});
  }
  if (typeof value === 'number') {
    return fc.constantFrom<unknown>(
      '537',
      null,
      true,
      [],
      {},
      Number.NaN,
      Number.POSITIVE_INFINITY,
    );
  }
  if (typeof value === 'boolean') return fc.constantFrom<unknown>('yes', 1, null, []);
  return fc.constantFrom<unknown>(42, 'x', []);
}

const ALL = leaves(real).filter((leaf) => leaf.value !== null);

function damaged(path: Path, value: unknown): unknown {
  const copy = structuredClone(real) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path.at(-1) as string | number] = value;
  return copy;
}

describe('check:data against generated damage', () => {
  it('refuses any leaf set to a value of the wrong kind, naming the field', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ALL).chain((leaf) => fc.tuple(fc.constant(leaf), damages(leaf.value))),
        ([leaf, bad]) => {
          // NaN and Infinity cannot be written in JSON: they arrive as null after a round trip.
          const data = JSON.parse(JSON.stringify(damaged(leaf.path, bad))) as unknown;
          const result = checkData(data);
          expect(result.ok).toBe(false);
          if (!result.ok) {
            const where = formatPath(leaf.path);
            expect(result.problems.some((p) => p.startsWith(where) || p.includes(where))).toBe(
              true,
            );
          }
        },
      ),
      { seed: 20240708, numRuns: 400 },
    );
  });

  it('refuses a required field removed, naming where (optional fields may go)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL), (leaf) => {
        const copy = structuredClone(real) as Record<string | number, unknown>;
        let parent: Record<string | number, unknown> = copy;
        for (const key of leaf.path.slice(0, -1))
          parent = parent[key] as Record<string | number, unknown>;
        const key = leaf.path.at(-1) as string | number;
        if (Array.isArray(parent)) return; // removing an array item is not a missing field
        Reflect.deleteProperty(parent, key);
        const result = checkData(copy);
        if (result.ok) return; // an optional field: its absence is allowed
        expect(result.problems.join('\n')).toContain(formatPath(leaf.path.slice(0, -1)));
      }),
      { seed: 20240708, numRuns: 200 },
    );
  });
});
