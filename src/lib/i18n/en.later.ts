/**
 * Text of what comes after the first view: the Embed dialog, "Cite this chart", the sources and
 * method section, the embed pages' code boxes and the 404 page. Fetched with that code
 * (loadLaterCatalogue), so the dashboard's first request does not carry it. Keys in the same
 * order in de.later.ts.
 */
export const enLater = {
  'embed.dialogTitle': 'Embed this chart: {title}',
  'embed.intro':
    'Paste this code into your page. With its script the chart takes exactly the height it needs at any width; where an editor strips the script, the frame keeps a fixed height and the chart fits itself into it, its source line in view.',
  'embed.code': 'Embed code',
  'embed.copy': 'Copy code',
  'embed.copied': 'Code copied',
  'embed.close': 'Close',
  'embed.preview': 'Open the embed on its own',
  'embed.imageHeading': 'For newsletters and feeds',
  'embed.imageIntro':
    'E-mail and feed readers run no frames: paste this picture of the chart instead, linked to the chart, with its credit line as text.',
  'embed.imageCode': 'Picture code',
  'embed.copyImage': 'Copy picture code',
  'embed.imageCredit': 'Chart',
  'cite.heading': 'Cite this chart',
  'cite.accessed': 'accessed {date}',
  'cite.bibPublished': '{site}, chart of figures reported by {outlet}',
  'cite.copyLine': 'Copy citation',
  'cite.copyBibtex': 'Copy BibTeX',
  'cite.copied': 'Copied',
  'notFound.index': 'See all charts',
  'notFound.body': 'There is no page at this address.',
  'notFound.home': 'Go to the dashboard',
  'sources.article':
    'All figures, quotes and dates come from one article in {outlet} by {author}, {role}, datelined {dateline}, published {date}{inferred}.',
  'sources.noHeadline':
    'The text we hold carries neither the headline nor the web address, so neither is given here.',
  'sources.method1':
    'Each figure is copied from the article with the sentence it rests on, which opens from its card, or from a chart’s Sources tab.',
  'sources.method2':
    'The €10.2 billion (goods provided since the invasion, to the end of April 2024) and the €4.88 billion (exports authorised in 2024) measure different things. They are shown side by side and never added or shown as a share of one another.',
  'sources.method3':
    'The article gives a dollar value only for the €10.2 billion ($11.03 billion). Other dollar amounts are converted at the rate this implies, {rate} US$ per €, and are marked as converted.',
  'sources.method4':
    'A date marked stated is given in the article’s words; one marked inferred is worked out from its wording (“Monday”, “this week”, “recently arrived”), and says how; one from outside the article says where from. The article’s own date is not in its text: it is inferred as on or just after 8 July 2024.',
  'sources.method5':
    'The split of the 537 drones between VECTOR and RQ-35 HEIDRUN models is not published, and the munitions from the Czech initiative have no exact number; neither is estimated.',
  'quotes.showMore': 'Show {count} more quotes',
  'quotes.hideMore': 'Hide {count} more quotes',
  'timeline.kinds': 'Show events about',
  'timeline.kind.aid': 'aid and arms ({count})',
  'timeline.kind.politics': 'politics and alliances ({count})',
  'timeline.kind.war': 'the war ({count})',
  'timeline.filters': 'Show events whose date is',
  'timeline.basis.stated': 'in the article ({count})',
  'timeline.basis.inferred': 'inferred from it ({count})',
  'timeline.basis.context': 'from outside it ({count})',
  'timeline.showing': 'Showing {shown} of {total} events.',
  'timeline.showYear': 'Show {year}: {count} events',
  'timeline.hideYear': 'Hide {year}: {count} events',
  'timeline.showEarlier': 'Show {count} earlier events of {year}',
  'timeline.hideEarlier': 'Hide {count} earlier events of {year}',
  'timeline.window': 'The latest events of the {total} from {from} to {to}.',
  'timeline.windowRange': 'The latest of the {count} events from {from} to {to} ({total} in all).',
  'timeline.windowMonth': 'The latest of the {count} events in {month} ({total} in all).',
  'timeline.windowRefused':
    'This address asks for a range that is not months (use from=2024-01&to=2024-07): showing the latest events.',
  'chart.timeline.counted': '{title}: {count} events, {from}–{to}',
  'timeline.whole': 'The whole timeline',
  'sources.data': 'Download the dataset (JSON)',
} as const;

export type LaterMessageKey = keyof typeof enLater;
export type LaterMessages = Record<LaterMessageKey, string>;
