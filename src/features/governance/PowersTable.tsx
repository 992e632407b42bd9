import type { SourceDoc } from '../../data/schemas';
import { formatPartialDate } from '../../domain/dates';
import type { GovernanceAsAt } from '../../domain/governance';
import {
  formatPeriod,
  formatPresence,
  FUNCTION_LABELS,
  FUNCTION_ORDER,
  type NameLookup,
} from '../../domain/governanceText';
import { SourceList } from '../../ui/SourceList';
import { Table } from '../../ui/Table';

/** Which functions sat with whom on the date, and by what authority. */
export function PowersTable({
  state,
  name,
  sources,
}: {
  state: GovernanceAsAt;
  name: NameLookup;
  sources: ReadonlyMap<string, SourceDoc>;
}) {
  return (
    <section className="app-gov-section" aria-labelledby="gov-powers-heading">
      <h2 className="govuk-heading-m" id="gov-powers-heading">
        Who held which powers on {formatPartialDate(state.date)}
      </h2>
      <Table
        caption={
          <>Functions, who held them and by what authority, on {formatPartialDate(state.date)}</>
        }
        headings={[
          'Function',
          'Held by',
          'Over whom',
          'By what authority',
          'On this date',
          'Sources',
        ]}
        className="app-gov-table"
      >
        {FUNCTION_ORDER.flatMap((fn) => {
          const held = state.powers.filter((p) => p.power.function === fn);
          if (held.length === 0)
            return [
              <tr className="govuk-table__row" key={fn}>
                <th scope="row" className="govuk-table__header">
                  {FUNCTION_LABELS[fn]}
                </th>
                <td className="govuk-table__cell app-muted" colSpan={5}>
                  No holder recorded on this date
                </td>
              </tr>,
            ];
          return held.map((p, i) => (
            <tr className="govuk-table__row" key={p.power.id} data-power={p.power.id}>
              {i === 0 ? (
                <th scope="row" rowSpan={held.length} className="govuk-table__header">
                  {FUNCTION_LABELS[fn]}
                </th>
              ) : null}
              <td className="govuk-table__cell">{name(p.power.holder)}</td>
              <td className="govuk-table__cell">
                {p.power.over ? name(p.power.over) : 'Not stated'}
              </td>
              <td className="govuk-table__cell">{p.power.authority}</td>
              <td className="govuk-table__cell">
                <StatusTag status={p.status} />{' '}
                <span className="app-note">
                  {p.status === 'uncertain'
                    ? `${formatPresence(p.status, p.reasons, p.endNote)}. `
                    : ''}
                  {formatPeriod(p.power.start, p.power.end, p.power.endStatus)}
                </span>
              </td>
              <td className="govuk-table__cell">
                <SourceList refs={p.power.sources} sources={sources} />
              </td>
            </tr>
          ));
        })}
      </Table>
    </section>
  );
}

/** "In force" or "Uncertain", in words (colour is not the cue). */
export function StatusTag({ status }: { status: 'yes' | 'uncertain' | 'no' }) {
  const label =
    status === 'yes' ? 'In force' : status === 'uncertain' ? 'Uncertain' : 'Not in force';
  return (
    <strong className={`govuk-tag app-tag app-gov-tag app-gov-tag--${status}`}>{label}</strong>
  );
}
