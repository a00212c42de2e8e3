/**
 * The security policy of every page. No inline script and no eval anywhere; inline styles are
 * allowed (the stylesheet is inlined for first paint, and charts position with style attributes).
 * `frame-ancestors` only works as a header: pages refuse to be framed, embeds may be framed by
 * anyone (that is their job).
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** The <meta> tags every prerendered page carries (hosts that send no headers still get them). */
export function securityMeta(): string {
  return [
    `<meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
    `<meta name="referrer" content="${REFERRER_POLICY}" />`,
  ].join('\n    ');
}

/**
 * A `_headers` file (Netlify, Cloudflare Pages; scripts/serve.js reads it too). Rules must not
 * overlap for the same header, or hosts send both policies and the stricter one wins.
 */
export function headersFile(base: string, routes: readonly string[]): string {
  const pages = routes.filter((r) => !/(^|\/)embed(\/|$)/.test(r));
  const rule = (path: string, headers: string[]) =>
    [path, ...headers.map((h) => `  ${h}`)].join('\n');
  const common = [`Referrer-Policy: ${REFERRER_POLICY}`, 'X-Content-Type-Options: nosniff'];
  const page = `Content-Security-Policy: ${CSP}; frame-ancestors 'none'`;
  const embed = `Content-Security-Policy: ${CSP}; frame-ancestors *`;
  return [
    rule(`${base}*`, common),
    ...pages.flatMap((r) => {
      const path = `${base}${r ? `${r}/` : ''}`;
      return [rule(path, [page]), rule(`${path}index.html`, [page])];
    }),
    rule(`${base}404.html`, [page]),
    rule(`${base}de/404.html`, [page]),
    rule(`${base}embed/*`, [embed]),
    rule(`${base}de/embed/*`, [embed]),
    '',
  ].join('\n\n');
}
