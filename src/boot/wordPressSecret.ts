/**
 * The secret WordPress gives an embed it frames (`#?secret=…` on the frame's address, the same
 * value on the iframe's `data-secret`). Its `wp-embed` script acts only on messages that carry
 * it, and only letters and digits (as `wp-embed` accepts them); anything else is no secret.
 */
export function wordPressSecret(hash: string): string | null {
  return /^#\??(?:.*&)?secret=([A-Za-z0-9]{1,64})(?:&|$)/.exec(hash)?.[1] ?? null;
}
