/**
 * `npm run build`: the whole site, built where a failure cannot hurt. Every step writes into a
 * scratch folder (.build/); only when all of them succeeded is it moved into dist/, in one rename.
 * A failed step leaves the previous dist/ exactly as it was, removes the scratch folder and says
 * which step failed: a host deploying dist/ never gets half a site (pages without their
 * pictures, or a bundle without its pages).
 *
 * `npm run build:offline` (`--offline`) builds the one-file edition the same way, into
 * dist-offline/ (vite.offline.config.ts). `--local` (`npm start`) builds to be looked at here,
 * not published: it does not warn of relative addresses.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as viteBuild } from 'vite';
import {
  BuildOptionError,
  readBuildOptions,
  relativeAddressesNote,
  type BuildOptions,
} from './buildOptions';
import { datasetReport } from './datasetReport';
import { prerender, type Step } from './prerender';
import { writeBuildNote } from './serve.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const offline = process.argv.includes('--offline');
/** The folder the build replaces, by name (for messages) and path. */
const target = offline ? 'dist-offline' : 'dist';
const dist = join(root, target);
const scratch = join(root, offline ? '.build-offline' : '.build');
const next = join(scratch, 'site');
const DATASET = 'src/data/dataset.json';

/** A failure the reader can fix from its message alone: no stack trace. */
class Explained extends Error {}

class StepFailed extends Error {
  constructor(
    readonly step: string,
    readonly reason: unknown,
  ) {
    super(step);
  }
}

const step: Step = async (name, run) => {
  console.log(`\n→ ${name}`);
  try {
    return await run();
  } catch (reason) {
    throw new StepFailed(name, reason);
  }
};

/** The same check and words as `npm run check:data`. */
function checkData(): void {
  const { ok, lines } = datasetReport(readFileSync(join(root, DATASET), 'utf8'), DATASET);
  if (!ok) throw new Explained(lines.join('\n'));
  console.log(lines.join('\n'));
}

/** Puts the new site in dist/'s place; the old one goes only once the new one is there. */
async function swapIntoDist(): Promise<void> {
  const previous = join(scratch, 'previous');
  const hadDist = existsSync(dist);
  if (hadDist) await rename(dist, previous);
  try {
    await rename(next, dist);
  } catch (error) {
    if (hadDist) await rename(previous, dist);
    throw error;
  }
}

async function main(): Promise<number> {
  // Vite builds React's development code when NODE_ENV says so (a shell set up for `npm run dev`,
  // a test runner's "test"): a site four times heavier, with no word. It is built for production
  // unless asked by name, for tests that need React's warnings (hydration mismatches, which
  // production React leaves in the page without a word: tests/e2e/hydration.e2e.test.ts).
  const reactDevelopment = process.argv.includes('--react-development');
  const nodeEnv = process.env.NODE_ENV;
  if (nodeEnv !== undefined && nodeEnv !== 'production' && !reactDevelopment) {
    console.log(`NODE_ENV=${nodeEnv} ignored: the site is always built for production.`);
  }
  if (reactDevelopment) console.warn("⚠ React's development code, for tests: not for deploying.");
  process.env.NODE_ENV = reactDevelopment ? 'development' : 'production';
  let options: BuildOptions;
  try {
    // The offline file lives on a disk, not at an address: BASE and SITE_URL are not its.
    options = offline ? { base: './', siteUrl: null } : readBuildOptions();
  } catch (error) {
    if (!(error instanceof BuildOptionError)) throw error;
    console.error(`Build stopped before it began. ${error.message}`);
    return 1;
  }
  if (!offline) {
    console.log(`building for ${options.siteUrl ?? options.base}`);
    const note = relativeAddressesNote(options, process.argv.includes('--local'));
    if (note) console.warn(note);
  }
  try {
    await rm(scratch, { recursive: true, force: true });
    await mkdir(scratch, { recursive: true });
    await step('checking the dataset', checkData);
    if (offline) {
      await step('bundling the offline file (vite.offline.config.ts)', () =>
        viteBuild({
          root,
          configFile: join(root, 'vite.offline.config.ts'),
          build: { outDir: next, emptyOutDir: true },
        }),
      );
    } else {
      await step('bundling the app (vite build)', () =>
        viteBuild({ root, build: { outDir: next, emptyOutDir: true } }),
      );
      await prerender({ root, out: next, ssrOut: join(scratch, 'ssr'), ...options }, step);
      // scripts/serve.js reads it to serve the site where it will live.
      await step('noting the build options', () =>
        writeBuildNote(next, { ...options, reactDevelopment }),
      );
    }
    await step(`moving the new build into ${target}/`, swapIntoDist);
    console.log(`\n✓ built ${target}/${offline ? '' : ` for ${options.siteUrl ?? options.base}`}`);
    return 0;
  } catch (error) {
    const failed = error instanceof StepFailed ? error : new StepFailed('building', error);
    const { reason } = failed;
    const detail =
      reason instanceof Explained
        ? reason.message
        : reason instanceof Error
          ? (reason.stack ?? reason.message)
          : String(reason);
    console.error(
      `\nBuild failed while ${failed.step}. ` +
        `${target}/ is as it was${existsSync(dist) ? '' : ' (there was none)'}: nothing of this build was kept.\n\n${detail}`,
    );
    return 1;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

// exitCode rather than exit() so buffered output is not cut off.
process.exitCode = await main();
