import type { LaterMessages } from './en.later';

/** German text of what comes after the first view (see en.later.ts): same keys, same order. */
export const deLater: LaterMessages = {
  'embed.dialogTitle': 'Grafik einbetten: {title}',
  'embed.intro':
    'Fügen Sie diesen Code in Ihre Seite ein. Die Grafik nimmt dann bei jeder Breite genau die nötige Höhe ein; ohne das Skript erscheint sie in fester Höhe.',
  'embed.code': 'Einbettungscode',
  'embed.copy': 'Code kopieren',
  'embed.copied': 'Code kopiert',
  'embed.close': 'Schließen',
  'embed.preview': 'Eingebettete Ansicht einzeln öffnen',
  'cite.heading': 'Diese Grafik zitieren',
  'cite.accessed': 'abgerufen am {date}',
  'cite.bibPublished': '{site}, Grafik mit Zahlen aus {outlet}',
  'cite.copyLine': 'Quellenangabe kopieren',
  'cite.copyBibtex': 'BibTeX kopieren',
  'cite.copied': 'Kopiert',
  'notFound.index': 'Alle Grafiken ansehen',
  'notFound.body': 'Unter dieser Adresse gibt es keine Seite:',
  'notFound.home': 'Zur Übersicht',
};
