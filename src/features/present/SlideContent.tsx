import { Suspense } from 'react';
import type { ChartContext } from '../../charts/ChartContext';
import { BakedChart } from '../../charts/BakedChart';
import { SLIDE_CHARTS, type SlideShape } from '../../charts/bakeSizes';
import { CHART_HEIGHT } from '../../charts/chartTheme';
import TimelineChart from '../../charts/TimelineChart';
import { sourceLine } from '../../charts/sourceLine';
import { impliedUsdPerEur } from '../../data/selectors';
import { formatMonth } from '../../lib/format';
import { localize } from '../../lib/localize';
import { spokenWords } from '../../lib/splitQuoted';
import { figureValue } from '../figures/figureValue';
import type { Slide } from './buildSlides';
import { slideTitle } from './slideTitle';
import './SlideContent.css';

/**
 * One slide's content, laid out on a fixed stage that SlideStage scales to the screen (1280×720,
 * or 720 wide on a portrait screen: `shape`), so type keeps its proportion on every projector.
 * `.slide-main` marks the text that must read from the back of the room. Where the slide reflows
 * instead (`flow`, SLIDE_FLOW_QUERY), a chart takes the width it is given, as on the dashboard.
 * A thumbnail (`live` false: the overview) shows a chart as the build drew it, and loads nothing.
 */
export function SlideContent({
  slide,
  ctx,
  flow = false,
  shape = 'landscape',
  live = true,
}: {
  slide: Slide;
  ctx: ChartContext;
  flow?: boolean;
  shape?: SlideShape;
  live?: boolean;
}) {
  const { dataset, lang, t } = ctx;
  const { article } = dataset;
  // The article's day is inferred, not printed in it: a credit gives the month its text supports.
  const credit = `${article.outlet} · ${article.author} · ${formatMonth(article.published.date, lang)}`;
  switch (slide.kind) {
    case 'title':
      return (
        <div className="slide-title-layout">
          <p className="slide-kicker">{t('header.kicker')}</p>
          <h2 className="slide-main slide-heading-xl">{t('site.title')}</h2>
          <p className="slide-sub">{credit}</p>
        </div>
      );
    case 'figure': {
      const value = figureValue(slide.figure, {
        lang,
        currency: ctx.currency,
        usdPerEur: impliedUsdPerEur(dataset),
        t,
      });
      return (
        <div className="slide-figure-layout">
          {/* The slide's heading, for headings navigation: the number and what it measures. */}
          <h2 className="visually-hidden">{slideTitle(slide, ctx)}</h2>
          <p className="slide-main slide-number" aria-hidden="true">
            {value.quoted ? <q>{value.main}</q> : value.main}
          </p>
          <p className="slide-sub" aria-hidden="true">
            {localize(slide.figure.measures, lang)}
          </p>
          {value.notes.length > 0 && <p className="slide-small">{value.notes.join(' · ')}</p>}
          <p className="slide-source">
            {localize(slide.figure.asOf.wording, lang)} · {t('figures.source')}: {credit}
          </p>
        </div>
      );
    }
    case 'chart': {
      const { spec } = slide;
      const { Chart } = spec;
      const size = SLIDE_CHARTS[shape];
      const baked = <BakedChart spec={spec} ctx={ctx} slide={shape} />;
      return (
        <div className="slide-chart-layout">
          <h2 className="slide-main slide-heading">{t(spec.titleKey)}</h2>
          <p className="slide-small">{t(spec.subtitleKey)}</p>
          <div className="slide-chart" style={{ height: flow ? CHART_HEIGHT : size.height }}>
            {live ? (
              <Suspense fallback={baked}>
                <Chart ctx={flow ? ctx : { ...ctx, size }} />
              </Suspense>
            ) : (
              baked
            )}
          </div>
          <p className="slide-source">{sourceLine(spec, ctx)}</p>
        </div>
      );
    }
    case 'quote': {
      const { quote } = slide;
      return (
        <figure className="slide-quote-layout">
          <h2 className="visually-hidden">{slideTitle(slide, ctx)}</h2>
          <blockquote className="slide-main slide-quote" lang="en" cite="#source-article">
            <p>
              <q>{spokenWords(quote.excerpt)}</q>
            </p>
          </blockquote>
          <figcaption className="slide-sub">
            <strong>{quote.speaker}</strong>, {localize(quote.role, lang)}
          </figcaption>
        </figure>
      );
    }
    case 'timeline':
      return (
        <div className="slide-timeline-layout">
          <h2 className="slide-main slide-heading">{slideTitle(slide, ctx)}</h2>
          <TimelineChart ctx={ctx} events={slide.events} />
        </div>
      );
    case 'sources':
      return (
        <div className="slide-sources-layout">
          <h2 className="slide-main slide-heading">{t('present.sourceTitle')}</h2>
          <p className="slide-sub">{credit}</p>
          <ul className="slide-list">
            <li>{t('sources.method2')}</li>
            <li>{t('sources.method5')}</li>
          </ul>
        </div>
      );
  }
}
