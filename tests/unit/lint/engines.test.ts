// @vitest-environment node
/**
 * The Node versions the project asks for are the ones its toolchain really needs: Vite (and its
 * bundler, rolldown) refuse older ones, so `engines` and the README must not promise less.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(join(process.cwd(), path), 'utf8');
const engines = (path: string) =>
  (JSON.parse(read(path)) as { engines?: { node?: string } }).engines?.node;

describe('Node versions', () => {
  it('package.json asks for what Vite needs, and the README says so', () => {
    const vite = engines('node_modules/vite/package.json');
    expect(engines('package.json')).toBe(vite);
    const [low, high] = (vite ?? '').match(/\d+\.\d+/g) ?? [];
    expect(read('README.md')).toContain(`Node ${low} or newer, or ${high} or newer`);
  });
});
