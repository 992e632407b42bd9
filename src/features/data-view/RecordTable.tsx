import { Link } from 'wouter';
import type { SortDirection, SortKey } from '../../domain/recordFilters';
import { RECORD_KIND_LABELS, type RecordRow } from '../../domain/records';
import { FlagList } from '../../ui/FlagList';

interface Props {
  rows: readonly RecordRow[];
  sourceTitles: ReadonlyMap<string, string>;
  sortKey: SortKey;
  direction: SortDirection;
  onSort: (key: SortKey) => void;
}

const COLUMNS: { key: SortKey | null; label: string }[] = [
  { key: 'title', label: 'Record' },
  { key: 'kind', label: 'Kind' },
  { key: 'date', label: 'Dates' },
  { key: null, label: 'Detail' },
  { key: null, label: 'Sources' },
  { key: 'confidence', label: 'Confidence' },
  { key: null, label: 'Flags' },
];

/** Every record with its citations; sortable by the buttons in its header. */
export function RecordTable({ rows, sourceTitles, sortKey, direction, onSort }: Props) {
  return (
    <table className="govuk-table app-record-table app-stack-table">
      <caption className="govuk-table__caption govuk-table__caption--m">Records</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {COLUMNS.map((col) => (
            <th
              key={col.label}
              scope="col"
              className="govuk-table__header"
              aria-sort={col.key === null ? undefined : col.key === sortKey ? direction : 'none'}
            >
              {col.key === null ? (
                col.label
              ) : (
                <button type="button" className="app-sort-button" onClick={() => onSort(col.key!)}>
                  {col.label}
                  <span aria-hidden="true" className="app-sort-button__icon">
                    {col.key === sortKey ? (direction === 'ascending' ? ' ▲' : ' ▼') : ' ⇅'}
                  </span>
                </button>
              )}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.length === 0 ? (
          <tr className="govuk-table__row">
            <td className="govuk-table__cell" colSpan={COLUMNS.length}>
              No records match. Clear the filters to see them all.
            </td>
          </tr>
        ) : null}
        {rows.map((row) => (
          <tr key={`${row.kind}-${row.id}`} className="govuk-table__row" id={`record-${row.id}`}>
            <th scope="row" className="govuk-table__header" data-label="Record">
              {row.title}
              <br />
              <span className="app-record-id">{row.id}</span>
            </th>
            <td className="govuk-table__cell" data-label="Kind">
              {RECORD_KIND_LABELS[row.kind]}
            </td>
            <td className="govuk-table__cell" data-label="Dates">
              {row.dateLabel}
            </td>
            <td className="govuk-table__cell" data-label="Detail">
              {row.detail}
              {row.notes ? <span className="app-note"> Note: {row.notes}</span> : null}
            </td>
            <td className="govuk-table__cell" data-label="Sources">
              <ul className="govuk-list app-compact-list">
                {row.sources.map((ref) => (
                  <li key={`${ref.source}-${ref.locator}`}>
                    <Link href={`/sources#source-${ref.source}`} className="govuk-link">
                      {sourceTitles.get(ref.source) ?? ref.source}
                    </Link>
                    , {ref.locator}
                  </li>
                ))}
              </ul>
            </td>
            <td className="govuk-table__cell" data-label="Confidence">
              <ConfidenceTag confidence={row.confidence} />
            </td>
            <td className="govuk-table__cell" data-label="Flags">
              <FlagList flags={row.flags} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ConfidenceTag({ confidence }: { confidence: RecordRow['confidence'] }) {
  const label = confidence === 'high' ? 'High' : confidence === 'medium' ? 'Medium' : 'Low';
  return <strong className={`govuk-tag app-tag app-tag--${confidence}`}>{label}</strong>;
}
