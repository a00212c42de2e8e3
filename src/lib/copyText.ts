/**
 * Copies text to the clipboard; resolves false when the browser refuses (no permission, an
 * insecure origin), so the caller can ask the reader to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
