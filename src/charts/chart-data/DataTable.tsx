import { isCitationCell, type ChartCell, type ChartTable } from './chartTable';

/** A cell's content: citations as a list, each linked only where its source has a safe address. */
function CellContent({ cell }: { cell: ChartCell }) {
  if (!isCitationCell(cell)) return <>{cell ?? ''}</>;
  if (cell.citations.length === 0) return <span className="app-muted">None recorded</span>;
  return (
    <ul className="govuk-list app-compact-list">
      {cell.citations.map((c, i) => (
        <li key={i}>
          {c.href ? (
            <a className="govuk-link" href={c.href} rel="noopener noreferrer">
              {c.title}
            </a>
          ) : (
            c.title
          )}
          {c.locator ? <span className="app-muted">, {c.locator}</span> : null}
          {c.says ? <span className="app-note">It says: {c.says}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * A chart's table alternative, from the same rows as its CSV: the first column heads each row. On
 * a narrow screen each row becomes a card, its cells labelled by their headings, so nothing
 * scrolls sideways; `grid` keeps a cross-tabulation (the transition matrix) a grid that scrolls.
 * Where the rows have ids and a selection is given, each row's heading selects its mark.
 */
export function DataTable({
  table,
  selectedId,
  onSelectRow,
}: {
  table: ChartTable;
  selectedId?: string | null;
  onSelectRow?: (id: string) => void;
}) {
  const grid = table.grid === true;
  const selectable = onSelectRow !== undefined && table.rowIds !== undefined;
  const body = (
    <table
      className={`govuk-table app-data-table${grid ? ' app-table-compact' : ' app-stack-table'}`}
    >
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
        {table.rows.map((row, i) => {
          const id = table.rowIds?.[i];
          return (
            <tr className="govuk-table__row" key={id ?? i} data-row={id}>
              {row.map((cell, j) =>
                j === 0 ? (
                  <th scope="row" className="govuk-table__header" key={j}>
                    {selectable && id !== undefined ? (
                      <button
                        type="button"
                        className="app-link-button"
                        aria-pressed={selectedId === id}
                        onClick={() => onSelectRow(id)}
                      >
                        <CellContent cell={cell} />
                      </button>
                    ) : (
                      <CellContent cell={cell} />
                    )}
                  </th>
                ) : (
                  <td
                    className={`govuk-table__cell${typeof cell === 'number' ? ' govuk-table__cell--numeric' : ''}`}
                    data-label={grid ? undefined : table.header[j]}
                    key={j}
                  >
                    <CellContent cell={cell} />
                  </td>
                ),
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
  return grid ? <div className="app-table-scroll">{body}</div> : body;
}
