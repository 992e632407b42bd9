import type { ChartTable } from './chartTable';

/** A chart's table alternative, from the same rows as its CSV: the first column heads each row. */
/** `compact`: a smaller type size, for wide tables such as the transition matrix. */
export function DataTable({ table, compact = false }: { table: ChartTable; compact?: boolean }) {
  return (
    <table className={`govuk-table app-data-table${compact ? ' app-table-compact' : ''}`}>
      <caption className="govuk-table__caption govuk-table__caption--s">{table.caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          {table.header.map((h) => (
            <th scope="col" className="govuk-table__header" key={h}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {table.rows.length === 0 ? (
          <tr className="govuk-table__row">
            <td className="govuk-table__cell" colSpan={table.header.length}>
              Nothing to show.
            </td>
          </tr>
        ) : null}
        {table.rows.map((row, i) => (
          <tr className="govuk-table__row" key={i}>
            {row.map((cell, j) =>
              j === 0 ? (
                <th scope="row" className="govuk-table__header" key={j}>
                  {cell ?? ''}
                </th>
              ) : (
                <td className={`govuk-table__cell${typeof cell === 'number' ? ' govuk-table__cell--numeric' : ''}`} key={j}>
                  {cell ?? ''}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
