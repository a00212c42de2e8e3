import type { ChartSpec } from '../../charts/ChartSpec';
import type { Dataset } from '../../data/schema';
import { formatDate, formatMonth } from '../../lib/format';
import type { Lang } from '../../lib/locale';
import type { T } from '../../lib/useT';

/** BibTeX's month macros, by month number. */
const BIB_MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];

/** Characters BibTeX (and LaTeX under it) reads as commands, written as text. */
const BIB_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};
export function bibEscape(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (c) => BIB_ESCAPES[c] ?? c);
}

export interface Citation {
  /** One line to paste into a text. */
  line: string;
  /** A BibTeX entry (biblatex reads it too: urldate, UTF-8). */
  bibtex: string;
}

/**
 * How to cite a chart: the article's author, outlet and month, the chart's title, this site and
 * the chart's own address, and the day it was read (`accessed`, ISO; absent when unknown, as in the
 * prerendered page, which cannot know the reader's day).
 */
export function chartCitation(
  spec: ChartSpec,
  dataset: Dataset,
  lang: Lang,
  t: T,
  url: string,
  accessed?: string,
): Citation {
  const { author, outlet, published } = dataset.article;
  const title = t(spec.titleKey);
  const site = t('site.title');
  const month = formatMonth(published.date, lang);
  // The same shape in English and German ("In:" is both languages' word).
  const line = `${author}, ${outlet} (${month}). ${title}. In: ${site}, ${url}`;
  const [year = '', monthNumber = '1'] = published.date.split('-');
  const names = author.split(' ');
  const family = names.pop() ?? author;
  // Values are written as BibTeX reads them: text escaped, the title in double braces (its
  // capitals as written), the URL verbatim, the month as BibTeX's own macro.
  const fields: [string, string][] = [
    ['author', `{${bibEscape(`${family}, ${names.join(' ')}`)}}`],
    ['title', `{{${bibEscape(title)}}}`],
    ['howpublished', `{${bibEscape(t('cite.bibPublished', { site, outlet }))}}`],
    ['year', `{${year}}`],
    ['month', BIB_MONTHS[Number(monthNumber) - 1] ?? 'jan'],
    ['url', `{${url}}`],
    ...(accessed ? [['urldate', `{${accessed}}`] as [string, string]] : []),
  ];
  const body = fields.map(([key, value]) => `  ${key} = ${value}`);
  return {
    line: accessed
      ? `${line}, ${t('cite.accessed', { date: formatDate(accessed, lang) })}.`
      : `${line}.`,
    bibtex: `@misc{german-aid-ukraine-${spec.id},\n${body.join(',\n')}\n}`,
  };
}
