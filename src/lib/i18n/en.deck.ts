/**
 * The deck's own UI text (/present/): fetched with the deck, so the dashboard's first view does
 * not carry it. Keys in the same order in de.deck.ts.
 */
export const enDeck = {
  'present.progress': 'Slide {n} of {count}',
  'present.previous': 'Previous slide',
  'present.next': 'Next slide',
  'present.fullscreen': 'Full screen (F)',
  'present.exit': 'Back to the dashboard',
  'present.presenterView': 'Presenter view',
  'present.openAudience': 'Open the audience window',
  'present.current': 'Current slide',
  'present.upNext': 'Next',
  'present.end': 'End of the deck',
  'present.notes': 'Speaker notes',
  'present.elapsed': 'Elapsed',
  'present.resetTimer': 'Restart the timer',
  'present.keys':
    'Keys: → ← PageDown PageUp Space move · Home End first and last · O or Esc all slides · P plays and pauses · F full screen',
  'present.timelinePage': 'Timeline ({page} of {pages})',
  'present.sourceTitle': 'Where this comes from',
  'present.note.measures': 'What it measures: {text}',
  'present.note.asOf': 'When: {text}',
  'present.note.excerpt': 'The article says: “{text}”',
  'present.note.caveat': 'What it does not say: {text}',
  'present.note.speaker': 'Speaker: {speaker}, {role}',
  'present.note.context': 'Context: {text}',
  'present.note.title':
    'One article, one set of figures: every number on these slides carries the sentence it rests on.',
  'present.note.timeline':
    'Dates marked inferred are worked out from the article’s wording; context dates come from outside it.',
  'present.note.chart': 'Sources: {text}',
  'present.printLink': 'Slides as PDF',
  'present.printHowto':
    'Every slide, one per landscape page: print this page (Ctrl+P or ⌘P) and save it as PDF.',
  'present.printNow': 'Print',
  'present.controls': 'Slide controls',
  'present.progressLabel': 'Progress through the slides',
  'present.quoteHeading': 'Quotation: {speaker}',
  'present.announce': '{progress}: {title}',
  'present.overview': 'All slides (O)',
  'present.overviewTitle': 'All slides',
  'present.overviewHowto': 'Arrows move · Enter opens · Esc returns',
  'present.autoplay': 'Play on its own (P)',
  'present.autoplaySeconds': 'Seconds per slide',
  'present.autoplayLeft': 'Next in {seconds} s',
  'present.autoplayPaused': 'Paused · P plays',
  'present.wakeLockRefused':
    'This browser would not keep the screen awake: it may sleep while the slides play.',
} as const;

export type DeckMessageKey = keyof typeof enDeck;
export type DeckMessages = Record<DeckMessageKey, string>;
