import type { BriefingPosition } from '../../domain/briefingSummary';
import { formatPartialDate } from '../../domain/dates';
import { describeUncertainty, FUNCTION_LABELS, FUNCTION_ORDER } from '../../domain/governanceText';
import { Table } from '../../ui/Table';

/** Who holds which powers, by what authority, and what was expected next. */
export function InterventionsPanel({ position }: { position: BriefingPosition }) {
  const { governance, name } = position;
  const directions = governance.relationships.filter((r) => r.relationship.type === 'directs');
  const powers = FUNCTION_ORDER.flatMap((fn) =>
    governance.powers.filter((p) => p.power.function === fn),
  );
  return (
    <>
      <section aria-labelledby="briefing-powers">
        <h2 className="govuk-heading-m" id="briefing-powers">
          Who holds which powers
        </h2>
        {directions.length === 0 ? (
          <p className="govuk-body-s">No government direction is recorded in force on this date.</p>
        ) : null}
        <Table
          caption={<>Powers on {formatPartialDate(position.asAt)}</>}
          headings={['Function', 'Held by, and by what authority']}
          className="app-briefing__table app-stack-table"
        >
          {powers.map(({ power: p, status, reasons, endNote }) => (
            <tr className="govuk-table__row" key={p.id}>
              <th scope="row" className="govuk-table__header">
                {FUNCTION_LABELS[p.function]}
                {p.over && p.over !== p.holder ? (
                  <span className="app-briefing__of">for {name(p.over)}</span>
                ) : null}
              </th>
              <td className="govuk-table__cell" data-label="Held by">
                {name(p.holder)}
                {/* Why it may not be in force, in the record's own terms: "end date unknown", or
                  the end with its dates ("due to end 31 March 2021 (planned; …)"). */}
                {status === 'uncertain' ? ` (${describeUncertainty(reasons, endNote)})` : ''}
                <span className="app-briefing__of">{p.authority}</span>
              </td>
            </tr>
          ))}
        </Table>
      </section>
      {position.expectations.length ? (
        <section aria-labelledby="briefing-next">
          <h2 className="govuk-heading-m" id="briefing-next">
            Expected next
          </h2>
          <ul className="govuk-list govuk-list--bullet app-briefing__list">
            {position.expectations.map((e) => (
              <li key={e.milestone.id}>
                {e.milestone.title} (by {formatPartialDate(e.by)}
                {e.overdue ? '; date passed, no outcome recorded' : ''})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
