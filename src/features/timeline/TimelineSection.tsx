import { timelineSpec } from '../../charts/timelineSpec';
import type { Dataset } from '../../data/schema';
import { selectTimeline } from '../../data/selectors';
import { useSettings } from '../../lib/useSettings';
import { useT } from '../../lib/useT';
import { ChartActions } from '../share/ChartActions';
import { TimelineByYear } from './TimelineByYear';
import { TimelineItem } from './TimelineItem';
import './TimelineSection.css';

/**
 * Beyond this many events the timeline is shown by year, with filters (TimelineByYear); up to it,
 * one list reads best.
 */
export const LONG_TIMELINE = 24;

export function TimelineSection({ dataset }: { dataset: Dataset }) {
  const { lang, currency } = useSettings();
  const t = useT();
  const events = selectTimeline(dataset);
  return (
    <section className="section" aria-labelledby="timeline-heading" id="timeline">
      <h2 id="timeline-heading">{t('timeline.heading')}</h2>
      <p className="section-intro">{t('timeline.intro')}</p>
      {events.length > LONG_TIMELINE ? (
        <TimelineByYear events={events} lang={lang} t={t} />
      ) : (
        <ol className="timeline">
          {events.map((event) => (
            <TimelineItem key={event.id} event={event} lang={lang} t={t} />
          ))}
        </ol>
      )}
      <ChartActions spec={timelineSpec} ctx={{ dataset, lang, currency, t }} embeddable />
    </section>
  );
}
