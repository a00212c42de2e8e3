import { useState, type Dispatch, type SetStateAction } from 'react';
import { Disclosure } from '../../components/Disclosure';
import type { DateBasis, EventKind, TimelineEvent } from '../../data/schema';
import { groupTimelineByYear } from '../../data/groupTimelineByYear';
import type { Lang } from '../../lib/locale';
import type { T } from '../../lib/useT';
import { TimelineItem } from './TimelineItem';
import { OPEN_YEAR_SHOWS } from './timelinePlaceholder';
import './TimelineByYear.css';

const BASES: readonly DateBasis[] = ['stated', 'inferred', 'context'];
const KINDS: readonly EventKind[] = ['aid', 'politics', 'war'];

interface Props {
  events: readonly TimelineEvent[];
  lang: Lang;
  t: T;
}

/**
 * A long timeline a reader can find their way in: filters by kind of event and by how each date
 * is known (an event shows when both its boxes are ticked), then the events under their year's heading, in date order. The latest year is open; each earlier year is
 * a closed `<details>` named by its year and count, which find-in-page opens where it finds a word
 * inside, and whose heading stays in a screen reader's list of headings.
 */
export function TimelineByYear({ events, lang, t }: Props) {
  const [kinds, setKinds] = useState<ReadonlySet<EventKind>>(() => new Set(KINDS));
  const [bases, setBases] = useState<ReadonlySet<DateBasis>>(() => new Set(BASES));
  const shown = events.filter((event) => kinds.has(event.kind) && bases.has(event.dateBasis));
  const years = groupTimelineByYear(shown);
  const latest = years.at(-1);

  return (
    <>
      <Filters
        legend={t('timeline.kinds')}
        ids={KINDS}
        on={kinds}
        setOn={setKinds}
        label={(kind) =>
          t(`timeline.kind.${kind}`, { count: events.filter((e) => e.kind === kind).length })
        }
      />
      <Filters
        legend={t('timeline.filters')}
        ids={BASES}
        on={bases}
        setOn={setBases}
        label={(basis) =>
          t(`timeline.basis.${basis}`, {
            count: events.filter((e) => e.dateBasis === basis).length,
          })
        }
      />
      <p className="timeline-showing" role="status">
        {t('timeline.showing', { shown: shown.length, total: events.length })}
      </p>
      {years.map(({ year, events: inYear }) => (
        <section key={year} className="timeline-year" aria-labelledby={`timeline-year-${year}`}>
          <h3 id={`timeline-year-${year}`} className="timeline-year-heading">
            {year}
          </h3>
          {year === latest?.year ? (
            <OpenYear year={year} events={inYear} lang={lang} t={t} />
          ) : (
            <Disclosure
              className="timeline-more"
              show={t('timeline.showYear', { year, count: inYear.length })}
              hide={t('timeline.hideYear', { year, count: inYear.length })}
            >
              <EventList events={inYear} lang={lang} t={t} />
            </Disclosure>
          )}
        </section>
      ))}
    </>
  );
}

/** One group of checkboxes, each showing the events it names while ticked. */
function Filters<Id extends string>({
  legend,
  ids,
  on,
  setOn,
  label,
}: {
  legend: string;
  ids: readonly Id[];
  on: ReadonlySet<Id>;
  setOn: Dispatch<SetStateAction<ReadonlySet<Id>>>;
  label: (id: Id) => string;
}) {
  return (
    <fieldset className="timeline-filters">
      <legend>{legend}</legend>
      {ids.map((id) => (
        <label key={id} className="timeline-filter">
          <input
            type="checkbox"
            checked={on.has(id)}
            onChange={() => setOn((now) => toggled(now, id))}
          />{' '}
          {label(id)}
        </label>
      ))}
    </fieldset>
  );
}

/** The set with `item` added, or taken out if it was in. */
function toggled<T>(set: ReadonlySet<T>, item: T): ReadonlySet<T> {
  const next = new Set(set);
  if (next.has(item)) next.delete(item);
  else next.add(item);
  return next;
}

function OpenYear({ year, events, lang, t }: { year: string } & Props) {
  const earlier = events.slice(0, -OPEN_YEAR_SHOWS);
  const latest = events.slice(-OPEN_YEAR_SHOWS);
  return (
    <>
      {earlier.length > 0 && (
        <Disclosure
          className="timeline-more"
          show={t('timeline.showEarlier', { year, count: earlier.length })}
          hide={t('timeline.hideEarlier', { year, count: earlier.length })}
        >
          <EventList events={earlier} lang={lang} t={t} />
        </Disclosure>
      )}
      <EventList events={latest} lang={lang} t={t} />
    </>
  );
}

function EventList({ events, lang, t }: Props) {
  return (
    <ol className="timeline">
      {events.map((event) => (
        <TimelineItem key={event.id} event={event} lang={lang} t={t} level={4} />
      ))}
    </ol>
  );
}
