import { timelineSpec } from '../../charts/timelineSpec';
import type { Dataset } from '../../data/schema';
import { selectTimeline } from '../../data/selectors';
import { useSettings } from '../../lib/useSettings';
import { useT } from '../../lib/useT';
import { ChartActions } from '../share/ChartActions';
import { TimelineByYear } from './TimelineByYear';
import { TimelineItem } from './TimelineItem';
import { LONG_TIMELINE, timelinePlaceholder } from './timelinePlaceholder';
import './TimelineSection.css';

export function TimelineSection({ dataset }: { dataset: Dataset }) {
  const { lang, currency } = useSettings();
  const t = useT();
  const events = selectTimeline(dataset);
  return (
    <section
      className="section"
      aria-labelledby="timeline-heading"
      id="timeline"
      style={timelinePlaceholder(events)}
    >
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
