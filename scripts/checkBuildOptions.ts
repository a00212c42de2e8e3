/**
 * The first step of `npm run build`: checks BASE and SITE_URL (scripts/buildOptions.ts) before
 * anything is built, and stops the build with one line that says what to write.
 */
import { BuildOptionError, readBuildOptions } from './buildOptions';

try {
  const { base, siteUrl } = readBuildOptions();
  console.log(`building for ${siteUrl ?? base}`);
} catch (error) {
  if (!(error instanceof BuildOptionError)) throw error;
  console.error(`Build stopped before it began. ${error.message}`);
  process.exit(1);
}
