/** The Timeline's table alternative: the events the chart shows, in time order, with the same facts. */
import { formatPartialDate } from '../../domain/dates';
import { LANE_LABELS, type TimelineEvent } from '../../domain/timeline';
import { prepareEvent } from './prepareEvents';

const FLAG_WORDS = { conflict: 'Sources disagree', 'source-error': 'Source error', uncertain: 'Uncertain' } as const;

export interface TimelineTableProps {
  /** The events shown, in time order. */
  events: readonly TimelineEvent[];
  /** The instant after the as-at day; events from then on are marked as later. */
  asAt: number | null;
  caption: string;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export function TimelineTable({ events, asAt, caption, selectedId, onSelect }: TimelineTableProps) {
  return (
    <table className="govuk-table app-stack-table app-tl-table">
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Date
          </th>
          <th scope="col" className="govuk-table__header">
            Event
          </th>
          <th scope="col" className="govuk-table__header">
            Lane
          </th>
          <th scope="col" className="govuk-table__header">
            Judgement
          </th>
          <th scope="col" className="govuk-table__header">
            Flags
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {events.length === 0 ? (
          <tr className="govuk-table__row">
            <td className="govuk-table__cell" colSpan={5}>
              No events in this period and these lanes.
            </td>
          </tr>
        ) : null}
        {events.map((e) => {
          const start = prepareEvent(e).start;
          const later = asAt !== null && start !== null && start.from >= asAt;
          return (
            <tr key={e.id} className={`govuk-table__row${later ? ' app-tl-table__later' : ''}`}>
              <td className="govuk-table__cell" data-label="Date">
                {e.dateLabel}
                {e.altStarts.length ? (
                  <span className="app-note">
                    Also given as {e.altStarts.map((a) => formatPartialDate(a.date)).join(' or ')}
                  </span>
                ) : null}
                {later ? <span className="app-note">After the as-at date</span> : null}
              </td>
              <th scope="row" className="govuk-table__header" data-label="Event">
                <button
                  type="button"
                  className="app-link-button"
                  aria-pressed={selectedId === e.id}
                  onClick={() => onSelect(e.id)}
                >
                  {e.title}
                </button>
              </th>
              <td className="govuk-table__cell" data-label="Lane">
                {LANE_LABELS[e.lane]}
              </td>
              <td className="govuk-table__cell" data-label="Judgement">
                {e.gradeLabel ?? 'Not an inspection'}
              </td>
              <td className="govuk-table__cell" data-label="Flags">
                {e.flags.length ? e.flags.map((f) => `${FLAG_WORDS[f.kind]} (${f.field})`).join('; ') : 'None'}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
