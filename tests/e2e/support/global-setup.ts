import { existsSync } from 'node:fs';
import { DIST_DIR } from './paths';

/** Fails the whole e2e run at once, with the fix, when there is no build to test. */
export default function setup(): void {
  for (const file of ['index.html', '404.html']) {
    if (!existsSync(`${DIST_DIR}/${file}`)) {
      throw new Error(
        `dist/${file} is missing: run npm run build first (the e2e tests serve the built site).`,
      );
    }
  }
}
