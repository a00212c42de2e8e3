import type { ChartContext } from '../../charts/ChartContext';
import { impliedUsdPerEur } from '../../data/selectors';
import { localize } from '../../lib/localize';
import { figureValue } from '../figures/figureValue';
import type { Slide } from './buildSlides';

/**
 * What a slide is about, in a few words: its heading (visible, or for a screen reader only where
 * the slide shows a number or a quotation instead), and what the deck announces as it arrives.
 */
export function slideTitle(slide: Slide, ctx: ChartContext): string {
  const { dataset, lang, t } = ctx;
  switch (slide.kind) {
    case 'title':
      return t('site.title');
    case 'figure': {
      const value = figureValue(slide.figure, {
        lang,
        currency: ctx.currency,
        usdPerEur: impliedUsdPerEur(dataset),
        t,
      });
      return `${value.main} ${localize(slide.figure.measures, lang)}`;
    }
    case 'chart':
      return t(slide.spec.titleKey);
    case 'quote':
      return t('present.quoteHeading', { speaker: slide.quote.speaker });
    case 'timeline':
      return slide.pages > 1
        ? t('present.timelinePage', { page: slide.page, pages: slide.pages })
        : t('timeline.heading');
    case 'sources':
      return t('present.sourceTitle');
  }
}
