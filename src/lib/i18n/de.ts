import type { Messages } from './en';

/**
 * German UI text: the same keys as en.ts, in the same order. `{name}` slots are filled in by
 * `translate`; amounts, dates and numbers arrive already formatted for German. Written as a German
 * newsroom would: one word per term (glossary.ts), amounts joined by non-breaking spaces (\u00a0),
 * „…“ around quotations (tests/unit/i18n/germanStyle.test.ts checks all three).
 */
export const de: Messages = {
  'site.title': 'Deutsche Militärhilfe für die Ukraine',
  'site.description':
    'Zahlen, Zitate und Chronologie zur deutschen Militärhilfe für die Ukraine aus einem Bericht von Defense News vom Juli 2024, jeweils mit Quelle.',
  'site.skip': 'Direkt zu den Zahlen',
  'header.kicker': 'Daten aus einem Nachrichtenbericht',
  'header.credit': 'Bericht: {author}, {role}',
  'header.published': 'Veröffentlicht am',
  'header.publishedInferred': '(Datum aus dem Text erschlossen)',
  'header.standfirst':
    'Was Deutschland der Ukraine laut einem Bericht vom Juli 2024 geliefert, was es genehmigt und was es vor dem Gipfel zum 75-jährigen Bestehen der NATO angekündigt hat. Jede Zahl verweist auf den Satz, aus dem sie stammt.',

  'controls.currency': 'Währung',
  'controls.currency.EUR': 'Euro (€)',
  'controls.currency.USD': 'US-Dollar ($)',
  'controls.currencyShown.EUR': 'Beträge jetzt in Euro.',
  'controls.currencyShown.USD': 'Beträge jetzt in US-Dollar.',
  'controls.rateNote':
    'Dollarbeträge, die der Artikel nicht nennt, sind zu dem Kurs umgerechnet, der sich aus ihm ergibt: 11,03 : 10,2 = {rate}\u00a0US-Dollar\u00a0je\u00a0Euro.',

  'figures.heading': 'Die Zahlen',
  'figures.intro':
    'Die Zahlen, die der Artikel nennt. Jede Kachel lässt sich aufklappen und zeigt den Satz, auf dem die Zahl beruht.',
  'figures.source': 'Quelle',
  'figures.sourceFor': 'zu: {measure}',
  'figures.when': 'Zeitbezug:',
  'dating.stated': 'Datum im Artikel:',
  'dating.inferred': 'Datum erschlossen aus',
  'dating.context': 'Datum nicht aus dem Artikel',
  'dating.event': 'Ereignis im Artikel',
  'dating.how': 'Wie das Datum belegt ist',
  'figures.converted': 'umgerechnet zu {rate}\u00a0US-Dollar\u00a0je\u00a0Euro',
  'figures.statedAlso': 'Im Artikel genannt: {value}',
  'figures.note': 'Hinweis',

  'unit.drones': '{count} Drohnen',
  'unit.systems': '{count} Patriot-Systeme',
  'unit.people': '{count} Personen',
  'unit.years': '{count} Jahre',
  'unit.rankAfter': 'Platz {ordinal} hinter den USA',

  'charts.heading': 'Grafiken',
  'chart.tab.chart': 'Grafik',
  'chart.tab.table': 'Tabelle',
  'chart.tab.sources': 'Quellen',
  'chart.tabs': '{title}: Ansichten',
  'chart.sourceNoHeadline': 'Quelle: {outlet}, Bericht von {author}, {date}.',
  'csv.source': '{outlet}, Bericht von {author}, {month}',
  'chart.convertedNote':
    'Aus Euro umgerechnet zu dem Kurs, der sich aus dem Artikel ergibt ({rate}\u00a0US-Dollar\u00a0je\u00a0Euro).',

  'chart.aidTotals.title': 'Gelieferte Hilfe und genehmigte Exporte: zwei verschiedene Kennzahlen',
  'chart.aidTotals.subtitle':
    'Seit Februar 2022 (bis Ende April 2024) gelieferte Militärgüter neben den allein 2024 genehmigten Rüstungsexporten. Nicht zu addieren: Eine Genehmigung ist keine Lieferung.',
  'chart.aidTotals.provided': 'Geliefert seit 2022',
  'chart.aidTotals.authorised': 'Genehmigt 2024',
  'chart.aidTotals.summary':
    'Deutschland hat der Ukraine vom Beginn der Invasion bis Ende April 2024 Militärgüter im Wert von {provided} geliefert; allein 2024 genehmigte es Rüstungsexporte im Wert von {authorised}. Das sind zwei verschiedene Kennzahlen.',
  'chart.aidTotals.col.measure': 'Kennzahl',
  'chart.aidTotals.col.period': 'Zeitraum',
  'chart.aidTotals.col.value': 'Betrag ({currency})',
  'chart.aidTotals.period.provided': '24. Februar 2022 – 30. April 2024',
  'chart.aidTotals.period.authorised': '2024 bis zum Erscheinen des Artikels',
  'chart.valueConverted': '{value} (umgerechnet)',

  'chart.drones.title': '537 Aufklärungsdrohnen geliefert',
  'chart.drones.subtitle':
    'Ein Quadrat je Drohne. Überwiegend die Modelle Vector und RQ-35 Heidrun; die Aufteilung ist nicht veröffentlicht, daher werden sie zusammen dargestellt.',
  'chart.drones.summary': 'Deutschland hat der Ukraine {count} Aufklärungsdrohnen geliefert.',
  'chart.drones.tooltip': 'Drohne {n} von {count}',
  'chart.drones.col.item': 'Art',
  'chart.drones.col.count': 'Anzahl',
  'chart.drones.item': 'Gelieferte Aufklärungsdrohnen (überwiegend Vector und RQ-35 Heidrun)',

  'quotes.heading': 'Was sie sagten',
  'quotes.intro':
    'Die wichtigsten Zitate im englischen Wortlaut der Veröffentlichung, mit Urheber und Anlass.',
  'quotes.said': '{speaker}, {role}',
  'quotes.where': '{place}, {date}',
  'quotes.whereNoDate': '{place}',
  'quotes.context': 'Hintergrund',
  'quotes.gloss': 'Unsere Übersetzung',

  'timeline.heading': 'Chronologie',
  'timeline.intro':
    'Bei jedem Datum steht, woher es bekannt ist: im Artikel genannt, aus seinem Wortlaut erschlossen oder Hintergrund aus anderen Quellen.',
  'timeline.excerpt': 'Aus dem Artikel',
  'timeline.between': 'zwischen',
  'timeline.and': 'und',
  'timeline.reference': 'Beleg',

  'sources.heading': 'Quellen und Methode',

  'footer.note':
    'Eine unabhängige Datenansicht zu einem Bericht von Defense News. Die Rechte an den Zitaten liegen beim Verlag.',

  'chart.timeline.title': 'Chronologie: von der Gründung der NATO bis zum Kommando in Wiesbaden',
  'chart.timeline.subtitle': 'Daten: ● im Artikel, ◐ aus ihm erschlossen, ○ nicht aus ihm.',
  'chart.timeline.summary': '{count} Ereignisse von {from} bis {to}.',
  'chart.timeline.col.date': 'Datum',
  'chart.timeline.col.event': 'Ereignis',
  'chart.timeline.col.basis': 'Herkunft des Datums',
  'chart.reference': 'Hintergrund aus anderen Quellen: {reference}',

  'actions.label': '{title}: teilen und herunterladen',
  'actions.embed': 'Einbetten',
  'actions.copyLink': 'Link kopieren',
  'actions.copied': 'Link kopiert',
  'actions.copyFailed': 'Kopieren nicht möglich; bitte den Text markieren und selbst kopieren.',
  'actions.png': 'PNG',
  'actions.svg': 'SVG',
  'actions.csv': 'CSV',
  'actions.json': 'Daten (JSON)',
  'actions.download': '{what} herunterladen',
  'actions.pngTitle': 'Grafik als PNG-Bild herunterladen (2×)',
  'actions.svgTitle': 'Grafik als SVG-Bild herunterladen',
  'actions.csvTitle': 'Daten der Grafik als CSV herunterladen',
  'actions.jsonTitle': 'Den gesamten Datensatz als JSON herunterladen',
  'actions.exportFailed':
    'Das Bild konnte nicht erstellt werden. Bitte erneut versuchen oder die Daten als CSV herunterladen.',

  'embed.fullDashboard': 'Gesamte Übersicht',
  'embed.indexTitle': 'Grafiken zum Einbetten',
  'embed.indexIntro':
    'Jede der folgenden Grafiken lässt sich in einen eigenen Artikel einbinden. Öffnen Sie eine, um sie eingebettet zu sehen, oder kopieren Sie ihren Code.',
  'embed.iframeTitle': '{title} (Deutsche Militärhilfe für die Ukraine, Daten von Defense News)',
  'embed.more': 'Weitere Optionen',
  'embed.sandboxed': 'In diesem Rahmen sind Downloads gesperrt.',
  'embed.chartPage': 'Grafik auf eigener Seite öffnen',

  'present.title': 'Präsentation',
  'present.open': 'Präsentieren',
  'present.openTitle': 'Die Zahlen als Folien zeigen, für Bildschirm oder Beamer',
  'present.deck': 'Folien: {title}',

  'controls.language': 'Sprache',
  'chart.failed':
    'Diese Grafik konnte nicht gezeichnet werden. Ihre Zahlen stehen in der Tabelle darunter.',
  'section.failed':
    'Dieser Teil der Seite konnte nicht angezeigt werden. Der Rest der Seite funktioniert weiter.',

  'notFound.title': 'Seite nicht gefunden',
};
