import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from '../../../src/lib/copyText';

type Policy = { featurePolicy?: { allowsFeature: (feature: string) => boolean } };

/** jsdom has no Clipboard API: one whose writeText the test decides. */
function clipboardApi(writeText: (text: string) => Promise<void> = () => Promise.resolve()) {
  const write = vi.fn(writeText);
  Object.defineProperty(navigator, 'clipboard', {
    value: { writeText: write },
    configurable: true,
  });
  return write;
}

afterEach(() => {
  delete (document as Document & Policy).featurePolicy;
  Reflect.deleteProperty(navigator, 'clipboard');
});

/** jsdom has no execCommand: a stand-in that copies the selected field's text, as browsers do. */
function selectionClipboard(allowed = true) {
  const copied: string[] = [];
  Object.assign(document, {
    execCommand: (command: string) => {
      const field = document.querySelector('textarea');
      if (command !== 'copy' || !allowed || !field) return false;
      copied.push(field.value.slice(field.selectionStart, field.selectionEnd));
      return true;
    },
  });
  return copied;
}

describe('copyText', () => {
  it('uses the Clipboard API where the page may', async () => {
    const write = clipboardApi();
    expect(await copyText('hello')).toBe(true);
    expect(write).toHaveBeenCalledWith('hello');
  });

  it('in a frame whose policy refuses the Clipboard API, copies a selection instead of asking', async () => {
    (document as Document & Policy).featurePolicy = { allowsFeature: () => false };
    const write = clipboardApi();
    const copied = selectionClipboard();
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    expect(await copyText('https://aid.example/#chart-drones')).toBe(true);
    // Never asked, so no permissions-policy error lands on the host page's console.
    expect(write).not.toHaveBeenCalled();
    expect(copied).toEqual(['https://aid.example/#chart-drones']);
    // The field is gone and the reader's focus is back where it was.
    expect(document.querySelector('textarea')).toBeNull();
    expect(document.activeElement).toBe(button);
    button.remove();
  });

  it('falls back the same way when the Clipboard API says no, and says false if that fails too', async () => {
    clipboardApi(() => Promise.reject(new Error('NotAllowedError')));
    const copied = selectionClipboard();
    expect(await copyText('one')).toBe(true);
    expect(copied).toEqual(['one']);
    selectionClipboard(false);
    expect(await copyText('two')).toBe(false);
  });
});
