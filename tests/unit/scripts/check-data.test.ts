// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// Each spawn starts Node with tsx (about a second); keep their number small.
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const tempDir = mkdtempSync(join(tmpdir(), 'check-data-'));
afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

function runCli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-data.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('scripts/check-data.ts', { timeout: 20_000 }, () => {
  it('passes the real dataset by default and says what it holds', () => {
    const run = runCli();
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      /^✓ src\/data\/dataset\.json: \d+ figures?, \d+ quotes?, \d+ timeline events?\n$/,
    );
    expect(run.status).toBe(0);
  });

  it('fails a damaged file with one line per problem, prefixed by the path given', () => {
    const data = JSON.parse(readFileSync(join(repoRoot, 'src/data/dataset.json'), 'utf8')) as {
      figures: { quantity: { stated?: { EUR: number } } }[];
    };
    const stated = data.figures.map((figure) => figure.quantity.stated);
    const money = stated.findIndex((amounts) => amounts !== undefined);
    const amounts = stated[money];
    if (amounts === undefined) throw new Error('the real dataset has no money figure');
    amounts.EUR = -5;
    const file = join(tempDir, 'bad.json');
    writeFileSync(file, JSON.stringify(data, null, 2));

    const run = runCli(file);
    expect(run.stderr).toBe(
      `${file}: figures[${money}].quantity.stated.EUR: must not be negative\n`,
    );
    expect(run.stdout).toBe('');
    expect(run.status).toBe(1);
  });

  it('fails with one line when the file cannot be read', () => {
    const file = join(tempDir, 'absent.json');
    const run = runCli(file);
    expect(run.stderr).toBe(`${file}: cannot read the file (no such file)\n`);
    expect(run.status).toBe(1);
  });

  it('reads a relative path from where npm was run, not from the repo root', () => {
    const run = spawnSync('npm', ['run', '--silent', 'check:data', '--', 'dataset.json'], {
      cwd: join(repoRoot, 'src', 'data'),
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^✓ dataset\.json: \d+ figures/);
    expect(run.status).toBe(0);
  });
});
