import { timelineSpec } from '../../charts/timelineSpec';
import type { Dataset } from '../../data/schema';
import { selectTimeline } from '../../data/selectors';
import { useSettings } from '../../lib/useSettings';
import { useT } from '../../lib/useT';
import { ChartActions } from '../share/ChartActions';
import { TimelineItem } from './TimelineItem';
import './TimelineSection.css';

export function TimelineSection({ dataset }: { dataset: Dataset }) {
  const { lang, currency } = useSettings();
  const t = useT();
  return (
    <section className="section" aria-labelledby="timeline-heading" id="timeline">
      <h2 id="timeline-heading">{t('timeline.heading')}</h2>
      <p className="section-intro">{t('timeline.intro')}</p>
      <ol className="timeline">
        {selectTimeline(dataset).map((event) => (
          <TimelineItem key={event.id} event={event} lang={lang} t={t} />
        ))}
      </ol>
      <ChartActions spec={timelineSpec} ctx={{ dataset, lang, currency, t }} embeddable />
    </section>
  );
}
