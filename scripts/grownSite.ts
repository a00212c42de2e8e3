/**
 * The site built from a dataset grown `factor` times (growDataset), in a copy of the repository
 * as a fresh clone has it: for trying the views as the story grows (the growth e2e tests, the
 * bench's ×50 line). Returns the copy's folder; its built site is in `dist/` there.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../src/data/schema';
import { copyRepository } from './copyRepository';
import { growDataset } from './growDataset';

export async function buildGrownSite(factor: number): Promise<string> {
  const copy = copyRepository();
  const file = join(copy, 'src/data/dataset.json');
  const dataset = JSON.parse(readFileSync(file, 'utf8')) as Dataset;
  writeFileSync(file, `${JSON.stringify(growDataset(dataset, factor), null, 2)}\n`);
  // Not spawnSync: a test file's other work (its browser) goes on while this builds.
  const { code, output } = await new Promise<{ code: number | null; output: string }>((done) => {
    const child = spawn('npm', ['run', 'build', '--silent'], { cwd: copy });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => done({ code, output }));
  });
  if (code !== 0) throw new Error(`the ×${factor} build failed:\n${output}`);
  return copy;
}
