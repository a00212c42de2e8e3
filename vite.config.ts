import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { readBuildOptions } from './scripts/buildOptions.ts';
import { datasetPerLanguage } from './scripts/datasetPerLanguage.ts';
import { inlineFavicon } from './scripts/inlineFavicon.ts';
import { leanPreloadHelper } from './scripts/leanPreloadHelper.ts';

// BASE lets the same build live at a sub-path (BASE=/aid/ npm run build), normalised and checked
// by scripts/buildOptions.ts; see README.
const { base, siteUrl } = readBuildOptions();

export default defineConfig({
  base,
  // Embed code and shared links use the public address the build was given, in the prerendered
  // pages too (src/lib/BaseContext.ts).
  // HASH_ROUTES: the offline file's (vite.offline.config.ts); here false, so what only it needs
  // (a CSV written into its download link) is left out of the site's bundle.
  define: {
    'import.meta.env.SITE_ADDRESS': JSON.stringify(siteUrl ?? ''),
    'import.meta.env.HASH_ROUTES': 'false',
  },
  plugins: [datasetPerLanguage(), leanPreloadHelper(), inlineFavicon(), react()],
  build: {
    target: 'es2022',
    // The app loads after the page has painted (src/main.tsx), so preloading its chunks early
    // would only compete with the first paint.
    modulePreload: false,
    manifest: true,
    rolldownOptions: {
      // The app is its own entry, loaded by URL from the boot script (src/main.tsx), so the
      // first request carries neither Vite's preload helper nor chunks shared with the app; so is
      // what the boot script does in another site's frame.
      input: {
        index: 'index.html',
        client: 'src/client.tsx',
        inFrame: 'src/inFrame.ts',
      },
      output: {
        // Code the app and its lazy views share goes into one chunk instead of a dozen small
        // ones: fewer requests, and less gzip and import overhead in the first view. Code shared
        // only by lazy views stays with them, out of the first view: the embed code box and the
        // code it writes (the Embed dialog, /embed/), the embed page's menu, the 404 view (its own
        // page, and embeds of unknown charts), and what only the dialog waits on (afterNextPaint).
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            {
              name: 'shared',
              // A component's stylesheet (X.css beside X.tsx) goes where its component goes, so
              // each page's CSS is that of the code it can run (scripts/prerender.ts).
              test: (module: string) => {
                const id = module.replace(/\.css$/, '.tsx');
                return (
                  /[\\/]src[\\/]/.test(id) &&
                  !/[\\/]i18n[\\/](en|de)(\.deck|\.later)?\.ts$/.test(id) &&
                  // Each language's dataset is its own chunk (scripts/datasetPerLanguage.ts).
                  !/dataset\.json\?lang=/.test(id) &&
                  !/[\\/]features[\\/]share[\\/](CodeBox\.tsx|embedSnippet\.ts|embedHeights\.json|imageSnippet\.ts|previewImage\.ts|CiteChart\.tsx|citation\.ts|EmbedMenu\.tsx|chartPageUrl\.ts)$/.test(
                    id,
                  ) &&
                  !/[\\/]lib[\\/](escapeAttr|afterNextPaint)\.ts$/.test(id) &&
                  !/[\\/]app[\\/]NotFoundView\.tsx$/.test(id) &&
                  // Hydrate later, with their words (SourcesSectionLater, TimelineSectionLater,
                  // MoreQuotesLater), or come with the deck.
                  !/[\\/]features[\\/]sources[\\/]SourcesSection\.tsx$/.test(id) &&
                  !/[\\/]features[\\/](timeline[\\/](TimelineSection|TimelineByYear|TimelineItem|timelinePlaceholder)|quotes[\\/]MoreQuotes)\.tsx?$/.test(
                    id,
                  ) &&
                  !/[\\/](components[\\/](Disclosure|EventWhen)\.tsx|data[\\/](groupTimelineByYear|selectDeckQuotes)\.ts|charts[\\/](TimelineChart\.tsx|timelineWindow\.ts))$/.test(
                    id,
                  ) &&
                  // Comes with the live charts' code (Recharts, the live drawings), not the first view.
                  !/[\\/]charts[\\/](TooltipAnnouncer|TipAnnouncement|OneFocusStop|waffleStep|chartKeys)\.tsx?$/.test(
                    id,
                  )
                );
              },
              minShareCount: 2,
            },
          ],
        },
      },
    },
  },
});
