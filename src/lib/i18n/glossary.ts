/**
 * One German word for each recurring English term, so new text stays consistent with the old:
 * read it before writing German copy. `avoid` lists renderings that crept in before, or that a
 * German reader would misread; tests/unit/i18n/germanStyle.test.ts fails if German text (the
 * catalogues and the dataset's German fields) uses one.
 */
export interface GlossaryEntry {
  en: string;
  de: string;
  /** Renderings not to use, matched as whole words. */
  avoid: readonly string[];
  why?: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  { en: 'measure (what a figure counts)', de: 'Kennzahl', avoid: ['Größe', 'Größen', 'Maß'] },
  {
    en: 'provided (aid, military goods)',
    de: 'geliefert',
    avoid: ['geleistet', 'Geleistete'],
    why: 'Goods are delivered; "geleistet" reads as payments.',
  },
  {
    en: 'German-donated (weapons systems)',
    de: 'von Deutschland abgegeben',
    avoid: ['gespendet', 'gespendete', 'Spende'],
    why: 'Weapons are not "gespendet" in German reporting.',
  },
  {
    en: 'card (a figure on the dashboard)',
    de: 'Kachel',
    avoid: ['Karte', 'Karten'],
    why: 'A "Karte" is read as a map.',
  },
  { en: 'chart', de: 'Grafik', avoid: ['Diagramm', 'Chart'] },
  { en: 'dashboard', de: 'Übersicht', avoid: ['Dashboard'] },
  { en: 'slide', de: 'Folie', avoid: ['Slide'] },
  { en: 'surveillance drone', de: 'Aufklärungsdrohne', avoid: ['Überwachungsdrohne'] },
  {
    en: 'full-scale invasion (of Ukraine)',
    de: 'großangelegter Angriff',
    avoid: ['umfassende Invasion'],
  },
  {
    en: 'Defence Minister (in running text)',
    de: 'Verteidigungsminister',
    avoid: ['Bundesminister der Verteidigung'],
  },
  {
    en: 'VECTOR, RQ-35 HEIDRUN (drone models)',
    de: 'Vector, RQ-35 Heidrun',
    avoid: ['VECTOR', 'HEIDRUN'],
    why: 'German prose writes product names as names, not in capitals.',
  },
  {
    en: 'US dollar ($ in running text)',
    de: 'US-Dollar',
    avoid: ['US$'],
    why: '"$" alone only on chart axes.',
  },
  { en: 'planned staff (a target)', de: 'Planzahl', avoid: ['Zählung'] },
  { en: 'dataset', de: 'Datensatz', avoid: ['Satz Zahlen'] },
];
