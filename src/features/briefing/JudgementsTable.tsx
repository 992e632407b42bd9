import { Link } from 'wouter';
import { BRIEFING_AREAS } from '../../domain/briefing';
import type { BriefingPosition } from '../../domain/briefingSummary';
import { formatPartialDate, toDayRange } from '../../domain/dates';
import { inspectionCitation, sheetRow } from '../../domain/citations';
import { AREA_LABELS, formatGrade } from '../../domain/ratings';
import type { SourceDoc } from '../../domain/types';
import { Table } from '../../ui/Table';

/**
 * The latest judgement in each area known on the date, with its date and source: the report first
 * ("Ofsted inspection report, 29 July 2019"), then the research sheet's row that points to it.
 */
export function JudgementsTable({
  position,
  sources,
}: {
  position: BriefingPosition;
  sources: ReadonlyMap<string, SourceDoc>;
}) {
  const overall = position.judgements.get('overall');
  const rows = BRIEFING_AREAS.flatMap((area) => {
    const j = position.judgements.get(area);
    return j ? [j] : [];
  });
  return (
    <section aria-labelledby="briefing-judgements">
      <h2 className="govuk-heading-m" id="briefing-judgements">
        Latest judgements
      </h2>
      {rows.length === 0 ? (
        <p className="govuk-body">No Ofsted judgement had been published by this date.</p>
      ) : (
        <Table
          caption={
            <>
              The latest Ofsted judgement in each area published by{' '}
              {formatPartialDate(position.asAt)}
            </>
          }
          headings={['Area', 'Judgement', 'Published, source']}
          className="app-briefing__table app-stack-table"
        >
          {rows.map((j) => {
            const older =
              overall &&
              j.area !== 'overall' &&
              toDayRange(j.knownFrom).last < toDayRange(overall.knownFrom).first;
            const cite = inspectionCitation(j.inspection, sources);
            const subjects = [j.inspection, ...j.alongside].map((i) => position.name(i.subject));
            return (
              <tr className="govuk-table__row" key={j.area}>
                <th scope="row" className="govuk-table__header">
                  {AREA_LABELS[j.area]}
                  <span className="app-briefing__of">{subjects.join('; ')}</span>
                </th>
                <td className="govuk-table__cell" data-label="Judgement">
                  <strong className={`app-grade app-grade--${j.grade}`}>
                    {formatGrade(j.grade)}
                  </strong>
                  {older ? (
                    <span className="app-briefing__of">
                      before the {formatPartialDate(overall.knownFrom)} inspection
                    </span>
                  ) : null}
                </td>
                <td className="govuk-table__cell" data-label="Published">
                  {formatPartialDate(j.knownFrom)}
                  <span className="app-briefing__of">
                    {cite.source ? (
                      <Link className="govuk-link" href={`/sources#source-${cite.source.source}`}>
                        {cite.name}
                      </Link>
                    ) : (
                      cite.name
                    )}
                    {cite.sheet ? (
                      <>
                        {'; '}
                        <Link className="govuk-link" href={`/sources#source-${cite.sheet.source}`}>
                          {sheetRow(cite.sheet)}
                        </Link>
                      </>
                    ) : null}
                  </span>
                </td>
              </tr>
            );
          })}
        </Table>
      )}
      {position.visit ? (
        <p className="govuk-body-s">
          Latest visit (not graded): {position.visit.title}
          {position.visit.priorityActions.length
            ? `: areas for priority action: ${position.visit.priorityActions.join('; ')}`
            : ''}
          .
        </p>
      ) : null}
    </section>
  );
}
