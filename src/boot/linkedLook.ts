/**
 * The options of a link that only change how the page looks (currency, theme, a transparent
 * background), applied by the boot script as attributes on <html> before any app code is here:
 * the CSS and the baked charts follow them (tokens.css, BakedChart). A deliberately small copy of
 * parseOptions' rules for these three (tests/unit/boot/linkedLook.test.ts holds them equal), so
 * the boot request stays free of the app's option code.
 */
export function applyLinkedLook(search: string, root: HTMLElement): void {
  const params = new URLSearchParams(search);
  const value = (key: string) => params.get(key)?.trim().toLowerCase();
  if (value('currency') === 'usd') root.dataset.currency = 'USD';
  const theme = value('theme');
  if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
  if (['1', 'true', 'yes'].includes(params.get('transparent')?.trim() ?? '')) {
    root.dataset.transparent = '';
  }
}

/**
 * Whether a link asks for what only the app can show: another language than the page's, a
 * chart's table or sources tab, dollars (the baked charts have them, but figures and
 * summaries are prerendered in euros), or a timeline embed's months (`from`, `to`: the page is
 * prerendered with the latest events). Then the app is fetched at once, not on the first tap.
 */
export function linkNeedsApp(search: string): boolean {
  const params = new URLSearchParams(search);
  return (
    params.has('lang') ||
    params.has('tab') ||
    params.has('from') ||
    params.has('to') ||
    params.get('currency')?.trim().toLowerCase() === 'usd'
  );
}
