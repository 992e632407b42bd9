import type { SourceDoc } from '../../data/schemas';
import { formatPartialDate } from '../../domain/dates';
import { toPlainName, type GovernanceAsAt } from '../../domain/governance';
import {
  formatPeriod,
  formatPresence,
  RELATIONSHIP_LABELS,
  type NameLookup,
} from '../../domain/governanceText';
import { FlagList } from '../common/FlagList';
import { StatusTag } from './PowersTable';
import { SourceList } from '../common/SourceList';

/** The diagram's text alternative: every relationship on the date, then the bodies shown. */
export function RelationshipsTable({
  state,
  name,
  sources,
}: {
  state: GovernanceAsAt;
  name: NameLookup;
  sources: ReadonlyMap<string, SourceDoc>;
}) {
  const date = formatPartialDate(state.date);
  return (
    <div className="app-gov-alt">
      <div className="app-table-scroll">
        <table className="govuk-table app-gov-table">
          <caption className="govuk-table__caption govuk-table__caption--s">
            Relationships on {date} ({state.relationships.length})
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                From
              </th>
              <th scope="col" className="govuk-table__header">
                Relationship
              </th>
              <th scope="col" className="govuk-table__header">
                To
              </th>
              <th scope="col" className="govuk-table__header">
                On this date
              </th>
              <th scope="col" className="govuk-table__header">
                Legal basis
              </th>
              <th scope="col" className="govuk-table__header">
                Sources and flags
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {state.relationships.map(({ relationship: r, status, reasons, endNote }) => (
              <tr className="govuk-table__row" key={r.id} data-relationship={r.id}>
                <td className="govuk-table__cell">{name(r.from)}</td>
                <td className="govuk-table__cell">
                  <strong>{RELATIONSHIP_LABELS[r.type]}</strong>
                  <span className="app-note">{r.label}</span>
                </td>
                <td className="govuk-table__cell">{name(r.to)}</td>
                <td className="govuk-table__cell">
                  <StatusTag status={status} />
                  <span className="app-note">
                    {status === 'uncertain' ? `${formatPresence(status, reasons, endNote)}. ` : ''}
                    {formatPeriod(r.start, r.end, r.endStatus, r.dateClaims)}
                  </span>
                </td>
                <td className="govuk-table__cell">
                  {r.legalBasis ?? (
                    <span className="app-muted">Not stated in the sources used</span>
                  )}
                </td>
                <td className="govuk-table__cell">
                  <SourceList refs={r.sources} sources={sources} />
                  {r.flags.length > 0 ? <FlagList flags={r.flags} /> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 className="govuk-heading-s">Bodies and posts shown on {date}</h3>
      <ul className="govuk-list govuk-list--bullet">
        {state.bodies.map((b) => (
          <li key={b.body.id}>
            {b.body.name}
            {b.status === 'uncertain' ? ' (uncertain on this date)' : ''}
          </li>
        ))}
      </ul>
      {state.unplaced.length > 0 ? (
        <p className="govuk-body">
          Also in the data, with no dated role recorded on this date:{' '}
          {state.unplaced.map((b) => toPlainName(b)).join('; ')}.
        </p>
      ) : null}
    </div>
  );
}
