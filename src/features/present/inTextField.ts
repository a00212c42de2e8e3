/** Whether a key was typed into a field: there it is text, not a command to the deck. */
export function inTextField(event: KeyboardEvent): boolean {
  const target = event.target instanceof Element ? event.target : null;
  return target?.closest('input, textarea, select, [contenteditable]') != null;
}
