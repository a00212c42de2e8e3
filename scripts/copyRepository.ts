import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The repository as a fresh clone has it (tracked and new files, none ignored), sharing node_modules. */
export function copyRepository(): string {
  const copy = mkdtempSync(join(tmpdir(), 'repo-copy-'));
  const listed = spawnSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    {
      cwd: ROOT_DIR,
      encoding: 'utf8',
    },
  );
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of listed.stdout.split('\0').filter((f) => f !== '')) {
    if (!existsSync(join(ROOT_DIR, file))) continue; // deleted, not yet committed
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(ROOT_DIR, file), join(copy, file));
  }
  symlinkSync(join(ROOT_DIR, 'node_modules'), join(copy, 'node_modules'), 'dir');
  return copy;
}
