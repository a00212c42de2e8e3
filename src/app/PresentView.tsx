import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { BakeStore } from '../charts/BakeStore';
import { slideBakeKeys } from '../charts/bakeSizes';
import { LanguageSwitch } from '../components/LanguageSwitch';
import type { Dataset } from '../data/schema';
import { AutoplayControl } from '../features/present/AutoplayControl';
import { buildSlides } from '../features/present/buildSlides';
import { DeckLabel } from '../features/present/DeckLabel';
import { SlideContent } from '../features/present/SlideContent';
import { slideNotes } from '../features/present/slideNotes';
import { SlideOverview } from '../features/present/SlideOverview';
import { SLIDE_FLOW_QUERY, SLIDE_PORTRAIT_QUERY, SlideStage } from '../features/present/SlideStage';
import { slideTitle } from '../features/present/slideTitle';
import { useAutoplay } from '../features/present/useAutoplay';
import { toggleFullscreen, useDeck } from '../features/present/useDeck';
import { usePageHref } from '../lib/BaseContext';
import { useHydrated } from '../lib/useHydrated';
import { useMediaQuery } from '../lib/useMediaQuery';
import { useSettings } from '../lib/useSettings';
import { useT } from '../lib/useT';
import { serializeOptions } from '../lib/urlOptions';
import { useDataset } from './DatasetContext';
import type { RouteView } from './RouteView';
import './PresentView.css';

/** The deck's page to save as PDF: every slide, one per page. */
function printHref(deck: URL): string {
  const url = new URL(deck);
  url.searchParams.delete('slide');
  url.searchParams.set('print', '');
  return url.href;
}

function formatElapsed(ms: number): string {
  const total = Math.floor(ms / 1000);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** mm:ss since the presenter view opened (or was reset). */
function Timer() {
  const t = useT();
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(start);
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  return (
    <p className="presenter-timer">
      {t('present.elapsed')}:{' '}
      <time dateTime={`PT${Math.floor((now - start) / 1000)}S`} className="presenter-clock">
        {formatElapsed(Math.max(0, now - start))}
      </time>{' '}
      <button
        type="button"
        className="button"
        onClick={() => {
          const reset = Date.now();
          setStart(reset);
          setNow(reset);
        }}
      >
        {t('present.resetTimer')}
      </button>
    </p>
  );
}

/**
 * Whether the deck shows every slide, one per printed page: with `?print` in the URL (a page to
 * save as PDF), and while the browser prints the deck (Ctrl+P on any slide prints them all).
 */
function usePrintAll(hydrated: boolean): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // Synchronous: the browser lays out the printed pages right after `beforeprint` returns.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing || (hydrated && new URLSearchParams(window.location.search).has('print'));
}

/**
 * /present/: the dashboard as slides for a screen, and with `?view=presenter` the speaker's view
 * (current and next slide, notes from the data, a timer) that keeps the audience window in step.
 */
export function PresentView({ dataset }: { dataset: Dataset }) {
  const settings = useSettings();
  const { lang, currency } = settings;
  const t = useT();
  const pageHref = usePageHref();
  const hydrated = useHydrated();
  const slides = buildSlides(dataset);
  // The chart slides' drawings ride along, so a chart slide shows its chart the moment it is up.
  const store = (
    <BakeStore
      keys={slides.flatMap((s) => (s.kind === 'chart' ? slideBakeKeys(s.spec, lang) : []))}
    />
  );
  const ctx = { dataset, lang, currency, t };
  const dashboard = pageHref('', serializeOptions({ ...settings, tabs: {} }));
  const [overview, setOverview] = useState(false);
  const openOverview = useCallback(() => setOverview(true), []);
  const { index, go } = useDeck(slides.length, openOverview, overview);
  const closeOverview = useCallback(() => setOverview(false), []);
  // Nobody at the screen for a minute and the loop plays again: the slides, not the grid.
  const autoplay = useAutoplay(index, slides.length, go, closeOverview);
  const presenter =
    hydrated && new URLSearchParams(window.location.search).get('view') === 'presenter';
  const printAll = usePrintAll(hydrated);
  // Only the audience's slide reflows on a narrow screen, or stands upright on a portrait one;
  // the presenter's are pictures of the room's.
  const flow = useMediaQuery(SLIDE_FLOW_QUERY);
  const shape = useMediaQuery(SLIDE_PORTRAIT_QUERY) && !flow ? 'portrait' : 'landscape';
  const slide = slides[index] ?? slides[0];
  const next = slides[index + 1];
  if (!slide) return null;
  const progress = t('present.progress', { n: index + 1, count: slides.length });
  const label = (n: number) => t('present.progress', { n: n + 1, count: slides.length });
  // Read out as each slide arrives: where the deck is, and what the slide is about; not while
  // the loop plays to an empty room, where a screen reader would speak every twelve seconds.
  const announcer = (
    <p className="visually-hidden" aria-live="polite" aria-atomic="true">
      {hydrated && !autoplay.running
        ? t('present.announce', { progress, title: slideTitle(slide, ctx) })
        : ''}
    </p>
  );
  const overviewLayer = overview && (
    <SlideOverview
      slides={slides}
      index={index}
      ctx={ctx}
      label={label}
      onChoose={(i) => {
        go(i);
        setOverview(false);
      }}
      onClose={closeOverview}
    />
  );

  const controls = (
    <nav className="deck-controls" aria-label={t('present.controls')}>
      <a className="deck-link" href={dashboard}>
        <DeckLabel icon="⌂" words={t('present.exit')} />
      </a>
      <LanguageSwitch />
      <button
        type="button"
        className="deck-button"
        onClick={() => go(index - 1)}
        // aria-disabled, not disabled: a disabled button drops its focus to <body>, and a
        // screen reader goes silent, when the first or last slide is reached.
        aria-disabled={index === 0}
      >
        <span aria-hidden="true">←</span>
        <span className="visually-hidden">{t('present.previous')}</span>
      </button>
      <span className="deck-progress">{progress}</span>
      <button
        type="button"
        className="deck-button"
        onClick={() => go(index + 1)}
        aria-disabled={index === slides.length - 1}
      >
        <span aria-hidden="true">→</span>
        <span className="visually-hidden">{t('present.next')}</span>
      </button>
      <button type="button" className="deck-button" onClick={openOverview}>
        <DeckLabel icon="▦" words={t('present.overview')} />
      </button>
      <AutoplayControl autoplay={autoplay} slide={index} presenter={presenter} />
      <button type="button" className="deck-button" onClick={toggleFullscreen}>
        <DeckLabel icon="⤢" words={t('present.fullscreen')} />
      </button>
    </nav>
  );

  if (printAll) {
    const printUrl = new URL(window.location.href);
    printUrl.searchParams.delete('print');
    return (
      <main className="deck-print">
        <h1 className="visually-hidden">{t('present.deck', { title: t('site.title') })}</h1>
        <p className="deck-print-howto">
          {t('present.printHowto')}{' '}
          <button type="button" className="button" onClick={() => window.print()}>
            {t('present.printNow')}
          </button>{' '}
          <a href={printUrl.href}>{t('present.exit')}</a>
        </p>
        {slides.map((each, i) => (
          <SlideStage key={i} label={label(i)}>
            <SlideContent slide={each} ctx={ctx} />
          </SlideStage>
        ))}
        {store}
      </main>
    );
  }

  if (presenter) {
    const audience = new URL(window.location.href);
    audience.searchParams.delete('view');
    return (
      <main className="presenter">
        <h1 className="visually-hidden">{t('present.presenterView')}</h1>
        {overviewLayer}
        {/* Behind the overview, out of reach of Tab and a screen reader while it is open. */}
        <div className="presenter-behind" inert={overview}>
          <div className="presenter-slides">
            <div className="presenter-current">
              <h2 className="presenter-label">{t('present.current')}</h2>
              <SlideStage label={label(index)}>
                <SlideContent slide={slide} ctx={ctx} />
              </SlideStage>
            </div>
            <div className="presenter-next">
              <h2 className="presenter-label">{t('present.upNext')}</h2>
              {next ? (
                <>
                  {/* A picture of what comes, for the eye: its title is read, its content and
                    chart are neither read nor a Tab stop. */}
                  <p className="visually-hidden">{slideTitle(next, ctx)}</p>
                  <div inert>
                    <SlideStage label={label(index + 1)}>
                      <SlideContent slide={next} ctx={ctx} />
                    </SlideStage>
                  </div>
                </>
              ) : (
                <p>{t('present.end')}</p>
              )}
            </div>
          </div>
          <section className="presenter-notes" aria-labelledby="notes-heading">
            <h2 id="notes-heading" className="presenter-label">
              {t('present.notes')}
            </h2>
            <ul>
              {slideNotes(slide, ctx).map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </section>
          <div className="presenter-bar">
            <Timer />
            <button
              type="button"
              className="button"
              onClick={() => window.open(audience.href, 'german-aid-audience')}
            >
              {t('present.openAudience')}
            </button>
            <a className="button" href={printHref(audience)} target="_blank" rel="noopener">
              {t('present.printLink')}
            </a>
            {controls}
          </div>
          {autoplay.wakeLock === 'refused' && (
            <p className="presenter-wake" role="status">
              {t('present.wakeLockRefused')}
            </p>
          )}
          <p className="presenter-keys">{t('present.keys')}</p>
        </div>
        {announcer}
        {store}
      </main>
    );
  }

  return (
    <main className="deck" data-pointer={autoplay.pointerHidden ? 'hidden' : undefined}>
      <h1 className="visually-hidden">{t('present.deck', { title: t('site.title') })}</h1>
      {overviewLayer}
      <div className="deck-behind" inert={overview}>
        <SlideStage label={progress} shape={shape} className="slide-audience">
          <SlideContent slide={slide} ctx={ctx} flow={flow} shape={shape} />
        </SlideStage>
        <div
          className="deck-bar"
          role="progressbar"
          aria-label={t('present.progressLabel')}
          aria-valuemin={1}
          aria-valuemax={slides.length}
          aria-valuenow={index + 1}
          aria-valuetext={progress}
        >
          <span style={{ width: `${((index + 1) / slides.length) * 100}%` }} />
        </div>
        {controls}
      </div>
      {announcer}
      {store}
    </main>
  );
}

export const PresentRoute: RouteView = () => <PresentView dataset={useDataset()} />;
