import type { Page } from 'playwright-core';

/** The dashboard's sections that skip rendering until they near the viewport. */
export const DEFERRED = ['charts', 'quotes', 'timeline', 'sources'] as const;

/**
 * Each deferred section's placeholder height (unrendered, unscrolled, as a first-load audit finds
 * it) beside its rendered height, on the page as loaded.
 */
export async function placeholderHeights(
  page: Page,
): Promise<{ id: string; placeholder: number; rendered: number }[]> {
  const heights = () =>
    page.evaluate(
      (ids) => ids.map((id) => document.getElementById(id)?.getBoundingClientRect().height ?? 0),
      [...DEFERRED],
    );
  const placeholder = await heights();
  const style = await page.addStyleTag({
    content: `${DEFERRED.map((id) => `#${id}`).join(', ')} { content-visibility: visible !important; }`,
  });
  const rendered = await heights();
  await style.evaluate((el) => (el as Element).remove());
  return DEFERRED.map((id, i) => ({
    id,
    placeholder: Math.round(placeholder[i] ?? 0),
    rendered: Math.round(rendered[i] ?? 0),
  }));
}

/**
 * Sections whose placeholder is more than a tenth above their rendered height, or below it: by
 * any amount on today's data (`under: 'never'`), by more than a tenth where the page holds the
 * grown data's made-up events (`'tenth'`), whose headlines run a little longer than the article's.
 */
export function placeholdersOff(
  heights: { id: string; placeholder: number; rendered: number }[],
  under: 'never' | 'tenth' = 'never',
): string[] {
  const least = (rendered: number) => (under === 'never' ? rendered - 1 : rendered * 0.9);
  return heights
    .filter(
      ({ placeholder, rendered }) => placeholder < least(rendered) || placeholder > rendered * 1.1,
    )
    .map(
      ({ id, placeholder, rendered }) =>
        `#${id}: placeholder ${placeholder} px for ${rendered} px (${Math.round((placeholder / rendered - 1) * 100)} %)`,
    );
}
