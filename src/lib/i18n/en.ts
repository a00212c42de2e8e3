import type { DeckMessageKey } from './en.deck';
import type { LaterMessageKey } from './en.later';

/**
 * English UI text. Every string the reader sees comes from here (or, for the facts, from the
 * dataset), so the German edition is a second object of the same shape. `{name}` marks a value
 * filled in by `translate`.
 */
export const en = {
  'site.title': 'German military aid to Ukraine',
  'site.description':
    'Figures, quotes and timeline on German military aid to Ukraine from a Defense News report of July 2024, each with its source.',
  'site.skip': 'Skip to the figures',
  'header.kicker': 'Data from one news report',
  'header.credit': 'Reported by {author}, {role}',
  'header.published': 'Published',
  'header.publishedInferred': '(date inferred from the text)',
  'header.standfirst':
    'What a July 2024 report says Germany has given Ukraine, what it has authorised, and what it announced before NATO’s 75th-anniversary summit. Every number links to the sentence it comes from.',

  'controls.currency': 'Currency',
  'controls.currency.EUR': 'Euro (€)',
  'controls.currency.USD': 'US dollar ($)',
  'controls.currencyShown.EUR': 'Amounts now in euros.',
  'controls.currencyShown.USD': 'Amounts now in US dollars.',
  'controls.rateNote':
    'Dollar amounts the article does not give are converted at the rate it implies: 11.03 ÷ 10.2 = {rate} US$ per €.',

  'figures.heading': 'The figures',
  'figures.intro': 'The numbers the article reports. Each card opens to the sentence it rests on.',
  'figures.source': 'Source',
  'figures.sourceFor': 'for: {measure}',
  'figures.when': 'When:',
  'dating.stated': 'Date in the article:',
  'dating.inferred': 'Date inferred from',
  'dating.context': 'Date from outside the article',
  'dating.event': 'Event in the article',
  'dating.how': 'How the date is known',
  'figures.converted': 'converted at {rate} US$ per €',
  'figures.statedAlso': 'Stated as {value}',
  'figures.note': 'Note',

  'unit.drones': '{count} drones',
  'unit.systems': '{count} Patriot systems',
  'unit.people': '{count} staff',
  'unit.years': '{count} years',
  'unit.rankAfter': '{ordinal}, after the U.S.',

  'charts.heading': 'Charts',
  'chart.tab.chart': 'Chart',
  'chart.tab.table': 'Table',
  'chart.tab.sources': 'Sources',
  'chart.tabs': '{title}: views',
  'chart.sourceNoHeadline': 'Source: {outlet}, report by {author}, {date}.',
  'csv.source': '{outlet}, report by {author}, {month}',
  'chart.convertedNote': 'Converted from euros at the rate the article implies ({rate} US$ per €).',

  'chart.aidTotals.title': 'Aid provided and exports authorised: two different measures',
  'chart.aidTotals.subtitle':
    'Military goods provided since February 2022 (to end of April 2024) beside arms exports authorised in 2024 alone. Not to be added: an authorisation is not a delivery.',
  'chart.aidTotals.provided': 'Provided since 2022',
  'chart.aidTotals.authorised': 'Authorised in 2024',
  'chart.aidTotals.summary':
    'Germany provided {provided} in military goods to Ukraine from the invasion to the end of April 2024; in 2024 alone it authorised arms exports worth {authorised}. The two are different measures.',
  'chart.aidTotals.col.measure': 'Measure',
  'chart.aidTotals.col.period': 'Period',
  'chart.aidTotals.col.value': 'Amount ({currency})',
  'chart.aidTotals.period.provided': '24 Feb 2022 – 30 Apr 2024',
  'chart.aidTotals.period.authorised': '2024 to the article’s date',
  'chart.valueConverted': '{value} (converted)',

  'chart.drones.title': '537 surveillance drones provided',
  'chart.drones.subtitle':
    'One square per drone. Mostly VECTOR and RQ-35 HEIDRUN models; the split is not published, so they are shown as one quantity.',
  'chart.drones.summary': 'Germany has provided {count} surveillance drones to Ukraine.',
  'chart.drones.tooltip': 'Drone {n} of {count}',
  'chart.drones.col.item': 'Item',
  'chart.drones.col.count': 'Units',
  'chart.drones.item': 'Surveillance drones provided (mostly VECTOR and RQ-35 HEIDRUN)',

  'quotes.heading': 'What they said',
  'quotes.intro':
    'The key quotes, word for word as published in English, with who said them and on what.',
  'quotes.said': '{speaker}, {role}',
  'quotes.where': '{place}, {date}',
  'quotes.whereNoDate': '{place}',
  'quotes.context': 'Context',
  'quotes.gloss': 'Our translation',

  'timeline.heading': 'Timeline',
  'timeline.intro':
    'Each date says how we know it: stated in the article, inferred from its wording, or context from outside it.',
  'timeline.excerpt': 'From the article',
  'timeline.between': 'between',
  'timeline.and': 'and',
  'timeline.reference': 'Reference',

  'sources.heading': 'Sources and method',

  'footer.note': 'An independent data view of a Defense News report. Quotes are © their publisher.',

  'chart.timeline.title': 'Timeline: from NATO’s founding to the Wiesbaden command',
  // Also the legend of the symbols each date carries (BASIS_SYMBOL).
  'chart.timeline.subtitle': 'Dates: ● in the article, ◐ inferred from it, ○ from outside it.',
  'chart.timeline.summary': '{count} events from {from} to {to}.',
  'chart.timeline.col.date': 'Date',
  'chart.timeline.col.event': 'Event',
  'chart.timeline.col.basis': 'How the date is known',
  'chart.reference': 'Context from outside the article: {reference}',

  'actions.label': '{title}: share and download',
  'actions.embed': 'Embed',
  'actions.copyLink': 'Copy link',
  'actions.copied': 'Link copied',
  'actions.copyFailed': 'Could not copy; select the text and copy it yourself.',
  'actions.png': 'PNG',
  'actions.svg': 'SVG',
  'actions.csv': 'CSV',
  'actions.json': 'Data (JSON)',
  'actions.download': 'Download {what}',
  'actions.pngTitle': 'Download the chart as a PNG image (2×)',
  'actions.svgTitle': 'Download the chart as an SVG image',
  'actions.csvTitle': 'Download the chart’s data as CSV',
  'actions.jsonTitle': 'Download the whole dataset as JSON',
  'actions.exportFailed': 'The image could not be made. Try again, or download the data as CSV.',

  'embed.fullDashboard': 'Full dashboard',
  'embed.indexTitle': 'Embeddable charts',
  'embed.indexIntro':
    'Each chart below can be placed in your own article. Open one to see it framed as an embed, or copy its code.',
  'embed.iframeTitle': '{title} (German military aid to Ukraine, data from Defense News)',
  'embed.more': 'More options',
  'embed.sandboxed': 'Downloads are blocked in this frame.',
  'embed.chartPage': 'Open the chart on its own page',

  'present.title': 'Presentation',
  'present.open': 'Present',
  'present.openTitle': 'Show the figures as slides, for a screen or projector',
  'present.deck': 'Slides: {title}',

  'controls.language': 'Language',
  'chart.failed': 'This chart could not be drawn. Its figures are in the table below.',
  'section.failed': 'This part of the page could not be shown. The rest of the page still works.',

  'notFound.title': 'Page not found',
} as const;

/**
 * Every message: the core's here, the deck's in en.deck.ts (fetched with the deck), and those of
 * what comes after the first view in en.later.ts.
 */
export type MessageKey = keyof typeof en | DeckMessageKey | LaterMessageKey;
/** The core catalogue of a language, which every view needs. */
export type Messages = Record<keyof typeof en, string>;
