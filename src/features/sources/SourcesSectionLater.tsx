import { Suspense, type ComponentProps } from 'react';
import { loadLaterCatalogue } from '../../lib/i18n/loadCatalogue';
import { preloadable } from '../../lib/preloadable';
import type { SourcesSection } from './SourcesSection';

type Props = ComponentProps<typeof SourcesSection>;

// Its code and its words (en.later.ts) come together, before it hydrates the prerendered section.
const sources = preloadable<Props>(async () => {
  const [{ SourcesSection }] = await Promise.all([
    import('./SourcesSection'),
    loadLaterCatalogue(),
  ]);
  return { default: SourcesSection };
});

/**
 * The sources and method section, at the foot of the dashboard: the page's longest text, so its
 * code and words are fetched as the app hydrates rather than in its first request (the DE
 * edition's first view was at its budget). The prerendered page has it already (the prerender
 * loads it first: preloadSourcesSection); React hydrates it when its code is in.
 */
export function SourcesSectionLater(props: Props) {
  return (
    <Suspense fallback={null}>
      <sources.Component {...props} />
    </Suspense>
  );
}

/** Loads the section's code: the prerender must have it before it renders a page. */
export const preloadSourcesSection = sources.preload;
