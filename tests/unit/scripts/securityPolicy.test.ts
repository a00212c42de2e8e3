// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CSP, embedCsp, headersFile } from '../../../scripts/securityPolicy';

/** The headers a `_headers` file gives one path pattern. */
function rule(file: string, pattern: string): string[] {
  const block = file.split('\n\n').find((b) => b.split('\n')[0] === pattern);
  return (
    block
      ?.split('\n')
      .slice(1)
      .map((l) => l.trim()) ?? []
  );
}

describe('the security headers', () => {
  const file = headersFile(
    '/aid/',
    ['', 'embed', 'embed/drones', 'present'],
    'https://example.org/aid/',
  );

  it('let any origin read every file (the scripts of an embed in WordPress’s sandbox)', () => {
    expect(rule(file, '/aid/*')).toContain('Access-Control-Allow-Origin: *');
  });

  it('keep pages out of frames, and let embeds be framed and run in a sandbox in every engine', () => {
    expect(rule(file, '/aid/')).toEqual([
      `Content-Security-Policy: ${CSP}; frame-ancestors 'none'`,
    ]);
    for (const embeds of ['/aid/embed/*', '/aid/de/embed/*']) {
      const [policy] = rule(file, embeds);
      expect(policy).toContain("script-src 'self' https://example.org;");
      expect(policy).toMatch(/; frame-ancestors \*$/);
    }
  });

  it('name the origin only where the build knows it', () => {
    expect(embedCsp(null)).toBe(CSP);
    expect(embedCsp('http://localhost:4180/sub/')).toContain(
      "script-src 'self' http://localhost:4180;",
    );
    // Neither ever allows inline script or eval.
    expect(/script-src ([^;]+)/.exec(CSP)?.[1]).toBe("'self'");
  });
});
