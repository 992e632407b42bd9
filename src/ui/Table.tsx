import type { ReactNode } from 'react';

/**
 * A GOV.UK table with its caption for screen readers and its column headings, in a box that
 * scrolls across: a name longer than its column (the data allows 300 characters with no space)
 * scrolls within the table instead of widening the page. The rows are the children.
 */
export function Table({
  caption,
  headings,
  className,
  children,
}: {
  /** Read by screen readers; the section's visible heading names the table on screen. */
  caption: ReactNode;
  headings: readonly string[];
  /** Classes beside govuk-table: the view's own (app-briefing__table, app-stack-table, …). */
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className="app-table-scroll">
      <table className={className ? `govuk-table ${className}` : 'govuk-table'}>
        <caption className="govuk-table__caption govuk-visually-hidden">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {headings.map((heading) => (
              <th scope="col" className="govuk-table__header" key={heading}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">{children}</tbody>
      </table>
    </div>
  );
}
