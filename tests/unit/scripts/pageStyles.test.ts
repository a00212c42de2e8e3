// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { allStyleFiles, pageStyleFiles, type Manifest } from '../../../scripts/pageStyles';

/** A build in miniature: the boot entry, the app, a shared chunk, two lazy views and a dialog. */
const MANIFEST: Manifest = {
  'index.html': { file: 'assets/index.js', css: ['assets/global.css'] },
  'src/client.tsx': {
    file: 'assets/client.js',
    css: ['assets/client.css'],
    imports: ['_shared.js'],
    dynamicImports: [
      'src/app/NotFoundView.tsx',
      'src/app/EmbedIndexView.tsx',
      'src/app/EmbedView.tsx',
      'src/app/PresentView.tsx',
      'src/features/share/EmbedDialog.tsx',
    ],
  },
  '_shared.js': { file: 'assets/shared.js', css: ['assets/shared.css'] },
  'src/app/NotFoundView.tsx': {
    file: 'assets/nf.js',
    css: ['assets/nf.css'],
    imports: ['_shared.js'],
  },
  'src/app/EmbedIndexView.tsx': { file: 'assets/ei.js', imports: ['_shared.js'] },
  'src/app/EmbedView.tsx': {
    file: 'assets/embed.js',
    css: ['assets/embed.css'],
    imports: ['_shared.js'],
    dynamicImports: ['src/app/NotFoundView.tsx'],
  },
  'src/app/PresentView.tsx': { file: 'assets/deck.js', css: ['assets/deck.css'] },
  'src/features/share/EmbedDialog.tsx': { file: 'assets/dialog.js', css: ['assets/dialog.css'] },
};

describe('pageStyleFiles', () => {
  it('gives the dashboard the global styles, the app’s and its dialog’s, but no lazy view’s', () => {
    expect(pageStyleFiles(MANIFEST, 'dashboard')).toEqual([
      'assets/global.css',
      'assets/shared.css',
      'assets/client.css',
      'assets/dialog.css',
    ]);
  });

  it('adds a view’s own styles, and those of what it shows lazily, after the app’s', () => {
    expect(pageStyleFiles(MANIFEST, 'present')).toEqual([
      'assets/global.css',
      'assets/shared.css',
      'assets/client.css',
      'assets/deck.css',
      'assets/dialog.css',
    ]);
    expect(pageStyleFiles(MANIFEST, 'embed')).toEqual([
      'assets/global.css',
      'assets/shared.css',
      'assets/client.css',
      'assets/embed.css',
      'assets/nf.css',
      'assets/dialog.css',
    ]);
  });

  it('refuses a build whose views are not where it expects them', () => {
    const withoutDeck = Object.fromEntries(
      Object.entries(MANIFEST).filter(([key]) => key !== 'src/app/PresentView.tsx'),
    );
    expect(() => pageStyleFiles(withoutDeck, 'dashboard')).toThrow(
      /no chunk for src\/app\/PresentView\.tsx.*LAZY_VIEWS/,
    );
  });

  it('lists every stylesheet of the build once', () => {
    expect(allStyleFiles(MANIFEST)).toHaveLength(7);
  });
});
