import type { Bakes } from './bakeKey';

/**
 * The baked drawings in the prerendered page, by key, read before React hydrates: the client then
 * renders exactly the markup the server wrote, and takes over from it without a mismatch.
 */
export function captureBakes(root: ParentNode): Bakes {
  const bakes: Record<string, string> = {};
  for (const el of root.querySelectorAll<HTMLElement>('[data-bake]')) {
    const key = el.dataset.bake;
    if (key) bakes[key] = el.innerHTML;
  }
  return bakes;
}
