import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';

const ENTRIES = ['main', 'inFrame', 'client', 'hydrate', 'offline', 'entry-server'];

/**
 * One no-restricted-imports rule per layer of src/: a relative import that climbs into a layer
 * above it (or into an entry) fails, with a message naming the rule and the way out.
 */
function layerRules(layers) {
  return layers.map(([layer, above]) => ({
    files: [`src/${layer}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...above.map((target) => ({
              regex: `^(\\.\\./)+${target}(/|$)`,
              message:
                target === 'boot'
                  ? `Layers (eslint.config.js): src/${layer} may not import from src/boot, the boot program (src/main.tsx), which is a program of its own. Move what both need down to src/lib.`
                  : layer === 'boot'
                    ? `Layers (eslint.config.js): src/boot may not import from src/${target}: the boot program stays small and apart from the app; it may import src/lib only.`
                    : `Layers (eslint.config.js): src/${layer} may not import from src/${target}, which is above it (lib → data → components/charts → features → app). Move what both need down to where both may import it.`,
            })),
            {
              regex: `^(\\.\\./)+(${ENTRIES.join('|')})$`,
              message: `Layers (eslint.config.js): src/${layer} may not import an entry (${ENTRIES.join(', ')}).`,
            },
          ],
        },
      ],
    },
  }));
}

export default tseslint.config(
  {
    ignores: [
      'dist',
      '.build',
      '.build-offline',
      'dist-ssr',
      'dist-offline',
      'test-results',
      'coverage',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      // A tab panel that opens with no focusable element is itself a Tab stop (WAI-ARIA tabs).
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel'] }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  // The layers hold by themselves: code depends one way only, lib → data → components and
  // charts → features → app → the entries (main, inFrame, client, hydrate, offline, entry-server), so
  // a module can be understood, tested and moved with what is below it. The boot program
  // (src/boot, run by src/main.tsx and src/inFrame.ts) is apart: it uses src/lib, and nothing of
  // the app uses it.
  ...layerRules([
    ['lib', ['boot', 'data', 'components', 'charts', 'features', 'app']],
    ['boot', ['data', 'components', 'charts', 'features', 'app']],
    ['data', ['boot', 'components', 'charts', 'features', 'app']],
    ['components', ['boot', 'charts', 'features', 'app']],
    ['charts', ['boot', 'features', 'app']],
    ['features', ['boot', 'app']],
    ['app', ['boot']],
  ]),
  {
    // Command-line scripts report to the terminal by design.
    files: ['scripts/**'],
    languageOptions: { globals: globals.node },
    rules: { 'no-console': 'off' },
  },
  {
    // Served as is to other sites' pages (the embed loader): a plain browser script.
    files: ['public/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
);
