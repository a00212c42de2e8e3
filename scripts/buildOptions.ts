/**
 * The build's two options, read and checked before anything is built (scripts/build.ts checks
 * them first; vite.config.ts reads the same values):
 * a typo in either used to give a build whose every link was wrong, or half a dist/ and a stack
 * trace.
 *
 * - BASE, the path the site is served under: "/" by default. A missing leading or trailing slash
 *   is added (`german-aid`, `/german-aid` → `/german-aid/`); anything that is not a plain path is
 *   refused.
 * - SITE_URL, the site's public address, for canonical links, link previews and embed code:
 *   optional, and refused unless an absolute http(s) address.
 */

export interface BuildOptions {
  base: string;
  /** The public address of the base (SITE_URL joined with BASE), or null when not given. */
  siteUrl: string | null;
}

export class BuildOptionError extends Error {}

/** Path segments as URLs write them unescaped: letters, digits and - . _ ~ */
const SEGMENT = /^[A-Za-z0-9._~-]+$/;

export function normaliseBase(raw: string | undefined): string {
  const value = (raw ?? '').trim();
  if (value === '' || value === '/') return '/';
  const segments = value.split('/').filter((s) => s !== '');
  const bad = segments.find((s) => !SEGMENT.test(s) || s === '.' || s === '..');
  if (value.includes('://') || value.includes('\\') || bad !== undefined) {
    throw new BuildOptionError(
      `BASE=${JSON.stringify(raw)} is not a path the site can be served under: write the path ` +
        `alone, such as BASE=/german-aid/ (letters, digits, - . _ ~ between slashes), and put the ` +
        `host in SITE_URL.`,
    );
  }
  return `/${segments.join('/')}/`;
}

export function normaliseSiteUrl(raw: string | undefined, base: string): string | null {
  const value = (raw ?? '').trim();
  if (value === '') return null;
  const url = URL.canParse(value) ? new URL(value) : null;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.host === '') {
    throw new BuildOptionError(
      `SITE_URL=${JSON.stringify(raw)} is not an absolute web address: write it with its scheme, ` +
        `such as SITE_URL=https://example.org (the path goes in BASE).`,
    );
  }
  if (url.search !== '' || url.hash !== '') {
    throw new BuildOptionError(
      `SITE_URL=${JSON.stringify(raw)} has a query or fragment: write the address alone, such as ` +
        `SITE_URL=${url.origin}.`,
    );
  }
  // The base is the site's path: a SITE_URL path would be dropped, so say so rather than guess.
  if (url.pathname !== '/') {
    throw new BuildOptionError(
      `SITE_URL=${JSON.stringify(raw)} has a path: write SITE_URL=${url.origin} and ` +
        `BASE=${url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`}.`,
    );
  }
  return new URL(base, url.origin).href;
}

/** Both options from the environment; throws BuildOptionError with a one-line fix. */
export function readBuildOptions(env: NodeJS.ProcessEnv = process.env): BuildOptions {
  const base = normaliseBase(env.BASE);
  return { base, siteUrl: normaliseSiteUrl(env.SITE_URL, base) };
}

/**
 * The one line a build for publishing prints when it has no public address: without SITE_URL,
 * oEmbed responses, link previews and embed code carry addresses relative to the site (`/…`),
 * which a content system or an unfurler resolves against its own site, or not at all. Null when
 * the address is known, or for a build meant only to be looked at here (`npm start`).
 */
export function relativeAddressesNote(options: BuildOptions, local: boolean): string | null {
  if (options.siteUrl || local) return null;
  return (
    `Note: no SITE_URL, so oEmbed, link previews and embed code use addresses relative to this ` +
    `site (${options.base}…), which other sites cannot follow. To publish, give the public ` +
    `address: SITE_URL=https://example.org npm run build.`
  );
}
