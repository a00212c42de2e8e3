interface ImportMetaEnv {
  /**
   * The site's public address at its base (SITE_URL joined with BASE, such as
   * https://example.org/german-aid/), set by vite.config.ts; '' or absent when the build was given
   * no SITE_URL.
   */
  readonly SITE_ADDRESS?: string;
}
