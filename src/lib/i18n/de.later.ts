import type { LaterMessages } from './en.later';

/** German text of what comes after the first view (see en.later.ts): same keys, same order. */
export const deLater: LaterMessages = {
  'embed.dialogTitle': 'Grafik einbetten: {title}',
  'embed.intro':
    'Fügen Sie diesen Code in Ihre Seite ein. Mit dem Skript nimmt die Grafik bei jeder Breite genau die nötige Höhe ein; entfernt ein Editor das Skript, behält der Rahmen eine feste Höhe und die Grafik passt sich ihm an, die Quellenangabe stets im Blick.',
  'embed.code': 'Einbettungscode',
  'embed.copy': 'Code kopieren',
  'embed.copied': 'Code kopiert',
  'embed.close': 'Schließen',
  'embed.preview': 'Eingebettete Ansicht einzeln öffnen',
  'embed.imageHeading': 'Für Newsletter und Feeds',
  'embed.imageIntro':
    'E-Mail-Programme und Feedreader zeigen keine Rahmen: Fügen Sie stattdessen dieses Bild der Grafik ein, verlinkt mit der Grafik, mit der Quellenangabe als Text.',
  'embed.imageCode': 'Bildcode',
  'embed.copyImage': 'Bildcode kopieren',
  'embed.imageCredit': 'Grafik',
  'cite.heading': 'Diese Grafik zitieren',
  'cite.accessed': 'abgerufen am {date}',
  'cite.bibPublished': '{site}, Grafik mit Zahlen aus {outlet}',
  'cite.copyLine': 'Quellenangabe kopieren',
  'cite.copyBibtex': 'BibTeX kopieren',
  'cite.copied': 'Kopiert',
  'notFound.index': 'Alle Grafiken ansehen',
  'notFound.body': 'Unter dieser Adresse gibt es keine Seite.',
  'notFound.home': 'Zur Übersicht',
  'sources.article':
    'Alle Zahlen, Zitate und Daten stammen aus einem Artikel in {outlet} von {author}, {role}, mit der Ortsmarke {dateline}, veröffentlicht am {date}{inferred}.',
  'sources.noHeadline':
    'Der uns vorliegende Text enthält weder die Überschrift noch die Internetadresse; beide werden hier daher nicht angegeben.',
  'sources.method1':
    'Jede Zahl ist mit dem Satz, auf dem sie beruht, aus dem Artikel übernommen; er lässt sich an ihrer Kachel aufklappen oder im Reiter Quellen einer Grafik lesen.',
  'sources.method2':
    'Die 10,2\u00a0Mrd.\u00a0€ (seit der Invasion gelieferte Güter, bis Ende April 2024) und die 4,88\u00a0Mrd.\u00a0€ (2024 genehmigte Exporte) sind zwei verschiedene Kennzahlen. Sie werden nebeneinander gezeigt, nie addiert und nie als Anteil voneinander dargestellt.',
  'sources.method3':
    'Der Artikel nennt einen Dollarwert nur für die 10,2\u00a0Mrd.\u00a0€ (11,03\u00a0Mrd.\u00a0US-Dollar). Andere Dollarbeträge sind zu dem Kurs umgerechnet, der sich daraus ergibt, {rate}\u00a0US-Dollar\u00a0je\u00a0Euro, und als umgerechnet gekennzeichnet.',
  'sources.method4':
    'Ein als genannt gekennzeichnetes Datum steht im Artikel; ein erschlossenes ist aus seinem Wortlaut abgeleitet (etwa aus „Monday“ oder „this week“) und sagt, wie; ein Datum aus anderen Quellen nennt diese. Das Erscheinungsdatum des Artikels steht nicht in seinem Text: Erschlossen ist der 8. Juli 2024 oder kurz danach.',
  'sources.method5':
    'Wie sich die 537 Drohnen auf die Modelle Vector und RQ-35 Heidrun verteilen, ist nicht veröffentlicht, und für die Munition aus der tschechischen Initiative gibt es keine genaue Zahl; beides wird nicht geschätzt.',
  'quotes.showMore': '{count} weitere Zitate zeigen',
  'quotes.hideMore': '{count} weitere Zitate ausblenden',
  'timeline.kinds': 'Ereignisse zeigen über',
  'timeline.kind.aid': 'Hilfe und Waffen ({count})',
  'timeline.kind.politics': 'Politik und Bündnisse ({count})',
  'timeline.kind.war': 'den Krieg ({count})',
  'timeline.filters': 'Ereignisse zeigen, deren Datum',
  'timeline.basis.stated': 'im Artikel steht ({count})',
  'timeline.basis.inferred': 'aus ihm erschlossen ist ({count})',
  'timeline.basis.context': 'nicht aus ihm stammt ({count})',
  'timeline.showing': '{shown} von {total} Ereignissen werden gezeigt.',
  'timeline.showYear': '{year} zeigen: {count} Ereignisse',
  'timeline.hideYear': '{year} ausblenden: {count} Ereignisse',
  'timeline.showEarlier': '{count} frühere Ereignisse aus {year} zeigen',
  'timeline.hideEarlier': '{count} frühere Ereignisse aus {year} ausblenden',
  'timeline.window': 'Die neuesten der {total} Ereignisse vom {from} bis {to}.',
  'timeline.windowRange':
    'Die neuesten der {count} Ereignisse von {from} bis {to} ({total} insgesamt).',
  'timeline.windowMonth': 'Die neuesten der {count} Ereignisse im {month} ({total} insgesamt).',
  'timeline.windowRefused':
    'Diese Adresse verlangt einen Zeitraum, der keine Monate angibt (etwa from=2024-01&to=2024-07): gezeigt werden die neuesten Ereignisse.',
  'chart.timeline.counted': '{title}: {count} Ereignisse, {from}–{to}',
  'timeline.whole': 'Die ganze Chronologie',
  'sources.data': 'Datensatz herunterladen (JSON)',
};
