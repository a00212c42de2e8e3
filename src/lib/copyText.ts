/** Chromium's name for the permissions policy of the current document (not in TypeScript's DOM). */
interface WithFeaturePolicy {
  featurePolicy?: { allowsFeature?: (feature: string) => boolean };
}

/**
 * Copies text to the clipboard; resolves false when the browser refuses, so the caller can ask
 * the reader to copy by hand. In another site's frame the Clipboard API is refused unless the
 * frame was given `allow="clipboard-write"` (Chromium then also logs an error on the host's
 * console), and WordPress's sandbox never gives it: there the text is copied as a selection is,
 * which a tap may do in any frame.
 */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  const policy = (doc as Document & WithFeaturePolicy).featurePolicy;
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (clipboard && policy?.allowsFeature?.('clipboard-write') !== false) {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Refused (no permission, an insecure origin): the selection may still be copied.
    }
  }
  return copyAsSelection(text, doc);
}

/**
 * The older way: select the text in a field out of sight and copy the selection (`select()`
 * leaves the reader's focus where it is). Deprecated, but kept by every browser for this; false
 * where refused.
 */
function copyAsSelection(text: string, doc: Document): boolean {
  const field = doc.createElement('textarea');
  field.value = text;
  field.style.cssText = 'position:fixed;left:-9999px';
  doc.body.append(field);
  field.select();
  const copied = doc.execCommand?.('copy') ?? false;
  field.remove();
  return copied;
}
