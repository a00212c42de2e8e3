/**
 * Text of what comes after the first view: the Embed dialog, "Cite this chart", the embed pages'
 * code boxes and the 404 page. Fetched with that code (loadLaterCatalogue), so the dashboard's
 * first request does not carry it. Keys in the same order in de.later.ts.
 */
export const enLater = {
  'embed.dialogTitle': 'Embed this chart: {title}',
  'embed.intro':
    'Paste this code into your page. The chart then takes exactly the height it needs at any width; without the script it shows at a fixed height.',
  'embed.code': 'Embed code',
  'embed.copy': 'Copy code',
  'embed.copied': 'Code copied',
  'embed.close': 'Close',
  'embed.preview': 'Open the embed on its own',
  'cite.heading': 'Cite this chart',
  'cite.accessed': 'accessed {date}',
  'cite.bibPublished': '{site}, chart of figures reported by {outlet}',
  'cite.copyLine': 'Copy citation',
  'cite.copyBibtex': 'Copy BibTeX',
  'cite.copied': 'Copied',
  'notFound.index': 'See all charts',
  'notFound.body': 'There is no page at this address:',
  'notFound.home': 'Go to the dashboard',
} as const;

export type LaterMessageKey = keyof typeof enLater;
export type LaterMessages = Record<LaterMessageKey, string>;
