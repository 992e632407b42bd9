import type { AuthorityRef } from '../../domain/nationalMatrix';

/** Authorities as a table, North and West Northamptonshire and their neighbours tagged in words. */
export function AuthorityList({
  caption,
  authorities,
  regions,
}: {
  caption: string;
  authorities: readonly AuthorityRef[];
  regions: Readonly<Record<string, string>>;
}) {
  if (authorities.length === 0) return <p className="govuk-body">{caption}: none.</p>;
  return (
    <table className="govuk-table app-authority-list">
      <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Local authority
          </th>
          <th scope="col" className="govuk-table__header">
            Region
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {authorities.map((a) => (
          <tr className={`govuk-table__row${a.focus ? ' app-row--focus' : ''}`} key={a.urn}>
            <th scope="row" className="govuk-table__header">
              {a.name}{' '}
              {a.focus ? (
                <strong className="govuk-tag app-tag app-tag--focus">
                  Northamptonshire successor
                </strong>
              ) : null}
              {a.neighbour ? (
                <strong className="govuk-tag app-tag app-tag--neighbour">
                  Statistical neighbour
                </strong>
              ) : null}
            </th>
            <td className="govuk-table__cell">
              {a.region ? (regions[a.region] ?? a.region) : 'Not known'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The authorities behind a selected mark, under the chart, with a button to close the list. */
export function SelectedAuthorities({
  label,
  caption,
  authorities,
  regions,
  onClose,
}: {
  label: string;
  caption: string;
  authorities: readonly AuthorityRef[];
  regions: Readonly<Record<string, string>>;
  onClose: () => void;
}) {
  return (
    <div className="app-details" role="region" aria-label={label}>
      <AuthorityList caption={caption} authorities={authorities} regions={regions} />
      <button type="button" className="govuk-button govuk-button--secondary" onClick={onClose}>
        Close list
      </button>
    </div>
  );
}
