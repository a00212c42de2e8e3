/**
 * Every page the build writes is valid HTML by the W3C Nu HTML Checker (vnu-jar, run with Java),
 * the prerendered site and the offline file alike.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST_DIR, OFFLINE_FILE, ROOT_DIR } from './support/paths';

const VNU = join(ROOT_DIR, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

/**
 * The checker's CSS grammar predates container queries (CSS Containment Level 3, in every
 * browser since 2023), which pick the baked chart drawing that fits its box: those two messages,
 * and only those, are the checker's gap, not ours.
 */
const CHECKER_GAPS = [
  /^CSS: Unrecognized at-rule “@container”\.?$/,
  /^CSS: “container-type”: Property “container-type” doesn't exist\.?$/,
];

interface NuMessage {
  type: string;
  url: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

function htmlFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name));
}

describe('the W3C Nu HTML Checker', () => {
  it('finds no error in any page of dist/ and dist-offline/', () => {
    const files = [...htmlFiles(DIST_DIR), OFFLINE_FILE];
    expect(files.length).toBeGreaterThanOrEqual(14);
    let out: string;
    try {
      // The checker exits 1 when it reports anything; the report is what counts.
      out = execFileSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...files], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        maxBuffer: 64 * 1024 * 1024,
      });
    } catch (error) {
      const failed = error as { stderr?: string; code?: string };
      if (failed.code === 'ENOENT')
        throw new Error('java is missing: apt-get install default-jre-headless');
      out = failed.stderr ?? '';
    }
    const { messages } = JSON.parse(out || '{"messages":[]}') as { messages: NuMessage[] };
    const errors = messages
      .filter((m) => m.type === 'error' && !CHECKER_GAPS.some((gap) => gap.test(m.message)))
      .map(
        (m) => `${relative(ROOT_DIR, new URL(m.url).pathname)}:${m.lastLine ?? '?'} ${m.message}`,
      );
    expect(errors).toEqual([]);
  });
});
