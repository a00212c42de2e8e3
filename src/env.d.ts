interface ImportMetaEnv {
  /**
   * The site's public address at its base (SITE_URL joined with BASE, such as
   * https://example.org/german-aid/), set by vite.config.ts; '' or absent when the build was given
   * no SITE_URL.
   */
  readonly SITE_ADDRESS?: string;
  /**
   * True in the offline file (vite.offline.config.ts: hash routes, nothing beside it), false in
   * the site's build (vite.config.ts), absent in tests.
   */
  readonly HASH_ROUTES?: boolean;
}
