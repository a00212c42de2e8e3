/**
 * The security policy of every page, as directives. No inline script and no eval anywhere;
 * inline styles are allowed (the stylesheet is inlined for first paint, and charts position with
 * style attributes). `frame-ancestors` only works as a header: pages refuse to be framed, embeds
 * may be framed by anyone (that is their job).
 */
function policy(scriptSources: string): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSources}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

export const CSP = policy("'self'");

/**
 * An embed page's policy. WordPress frames it with `sandbox="allow-scripts"`, which gives the
 * page an opaque origin; WebKit (Safari) then matches `'self'` against that origin, which no
 * address has, and refuses the page's own scripts (Chromium and Firefox match the page's
 * address). Naming the site's origin as well lets every engine run them, so an embed needs the
 * site's public address (SITE_URL) to answer taps in Safari inside WordPress.
 */
export function embedCsp(siteUrl: string | null): string {
  return siteUrl ? policy(`'self' ${new URL(siteUrl).origin}`) : CSP;
}

/**
 * Every file may be read from any origin. WordPress frames an embed from a site it does not trust
 * in `sandbox="allow-scripts"`, which gives the page an opaque origin ("null"): from there even
 * our own module scripts, their chunks and the data they fetch are cross-origin requests, refused
 * without this header, and the embed would stay a picture that cannot answer a tap. The site is
 * public and sends no cookies, so `*` opens nothing that was closed.
 */
export const CORS_HEADER = 'Access-Control-Allow-Origin: *';

export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** The <meta> tags every prerendered page carries (hosts that send no headers still get them). */
export function securityMeta(csp: string = CSP): string {
  return [
    `<meta http-equiv="Content-Security-Policy" content="${csp}" />`,
    `<meta name="referrer" content="${REFERRER_POLICY}" />`,
  ].join('\n    ');
}

/**
 * A `_headers` file (Netlify, Cloudflare Pages; scripts/serve.js reads it too). Rules must not
 * overlap for the same header, or hosts send both policies and the stricter one wins.
 */
export function headersFile(
  base: string,
  routes: readonly string[],
  siteUrl: string | null = null,
): string {
  const pages = routes.filter((r) => !/(^|\/)embed(\/|$)/.test(r));
  const rule = (path: string, headers: string[]) =>
    [path, ...headers.map((h) => `  ${h}`)].join('\n');
  const common = [
    `Referrer-Policy: ${REFERRER_POLICY}`,
    'X-Content-Type-Options: nosniff',
    CORS_HEADER,
  ];
  const page = `Content-Security-Policy: ${CSP}; frame-ancestors 'none'`;
  const embed = `Content-Security-Policy: ${embedCsp(siteUrl)}; frame-ancestors *`;
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
