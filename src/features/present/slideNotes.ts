import type { ChartContext } from '../../charts/ChartContext';
import { localize } from '../../lib/localize';
import { nestQuotes, quoted } from '../../lib/splitQuoted';
import type { Slide } from './buildSlides';

/** What the presenter sees under a slide: drawn from the data, never invented. */
export function slideNotes(slide: Slide, ctx: ChartContext): string[] {
  const { lang, t } = ctx;
  switch (slide.kind) {
    case 'title':
      return [t('present.note.title')];
    case 'figure': {
      const f = slide.figure;
      return [
        t('present.note.measures', { text: localize(f.measures, lang) }),
        t('present.note.asOf', { text: localize(f.asOf.wording, lang) }),
        t('present.note.excerpt', { text: nestQuotes(f.excerpt, lang) }),
        ...(f.caveat ? [t('present.note.caveat', { text: localize(f.caveat, lang) })] : []),
      ];
    }
    case 'chart':
      return [
        slide.spec.summary(ctx),
        t('present.note.chart', {
          // Only the article's passages go in quotation marks; context is named as a reference.
          text: slide.spec
            .sources(ctx)
            .map((s) => (s.reference === undefined ? quoted(s.text, lang) : s.reference))
            .join(' '),
        }),
      ];
    case 'quote': {
      const q = slide.quote;
      return [
        t('present.note.speaker', { speaker: q.speaker, role: localize(q.role, lang) }),
        t('present.note.excerpt', { text: nestQuotes(q.excerpt, lang) }),
        t('present.note.context', { text: localize(q.context, lang) }),
      ];
    }
    case 'timeline':
      return [t('present.note.timeline')];
    case 'sources':
      return [t('sources.method2'), t('sources.method5')];
  }
}
