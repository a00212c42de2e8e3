import type { DeckMessages } from './en.deck';

/** German text of the deck (see en.deck.ts): the same keys, in the same order. */
export const deDeck: DeckMessages = {
  'present.progress': 'Folie {n} von {count}',
  'present.previous': 'Vorherige Folie',
  'present.next': 'Nächste Folie',
  'present.fullscreen': 'Vollbild (F)',
  'present.exit': 'Zurück zur Übersicht',
  'present.presenterView': 'Referentenansicht',
  'present.openAudience': 'Publikumsfenster öffnen',
  'present.current': 'Aktuelle Folie',
  'present.upNext': 'Als Nächstes',
  'present.end': 'Ende der Präsentation',
  'present.notes': 'Vortragsnotizen',
  'present.elapsed': 'Verstrichen',
  'present.resetTimer': 'Zeitmessung neu starten',
  'present.keys':
    'Tasten: → ← Bild↓ Bild↑ Leertaste blättern · Pos1 Ende erste und letzte Folie · O oder Esc alle Folien · P spielt ab und hält an · F Vollbild',
  'present.timelinePage': 'Chronologie ({page} von {pages})',
  'present.sourceTitle': 'Woher das stammt',
  'present.note.measures': 'Was es misst: {text}',
  'present.note.asOf': 'Zeitbezug: {text}',
  'present.note.excerpt': 'Im Artikel heißt es: „{text}“',
  'present.note.caveat': 'Was es nicht aussagt: {text}',
  'present.note.speaker': 'Sprecher: {speaker}, {role}',
  'present.note.context': 'Hintergrund: {text}',
  'present.note.title':
    'Ein Artikel, ein Datensatz: Zu jeder Zahl auf diesen Folien steht der Satz, auf dem sie beruht.',
  'present.note.timeline':
    'Als erschlossen gekennzeichnete Daten sind aus dem Wortlaut des Artikels abgeleitet; Hintergrunddaten stammen aus anderen Quellen.',
  'present.note.chart': 'Quellen: {text}',
  'present.printLink': 'Folien als PDF',
  'present.printHowto':
    'Alle Folien, eine pro Seite im Querformat: diese Seite drucken (Strg+P bzw. ⌘P) und als PDF speichern.',
  'present.printNow': 'Drucken',
  'present.controls': 'Steuerung der Folien',
  'present.progressLabel': 'Fortschritt der Präsentation',
  'present.quoteHeading': 'Zitat: {speaker}',
  'present.announce': '{progress}: {title}',
  'present.overview': 'Alle Folien (O)',
  'present.overviewTitle': 'Alle Folien',
  'present.overviewHowto': 'Pfeiltasten wählen · Eingabe öffnet · Esc kehrt zurück',
  'present.autoplay': 'Selbst abspielen (P)',
  'present.autoplaySeconds': 'Sekunden pro Folie',
  'present.autoplayLeft': 'Weiter in {seconds} s',
  'present.autoplayPaused': 'Angehalten · P spielt',
  'present.wakeLockRefused':
    'Dieser Browser hält den Bildschirm nicht wach: Er kann während der Wiedergabe ausgehen.',
};
