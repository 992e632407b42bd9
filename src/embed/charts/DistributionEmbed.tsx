import { useMemo, useState } from 'react';
import { toDistributionTable } from '../../charts/chart-data/nationalTables';
import { DataTable } from '../../charts/chart-data/DataTable';
import { GradeDistribution } from '../../charts/grade-distribution/GradeDistribution';
import { layoutDistribution } from '../../charts/grade-distribution/layoutDistribution';
import { getCountyMarker, toDistributionRows } from '../../charts/chart-data/distributionRows';
import { ChartFrame } from '../../charts/shared/ChartFrame';
import { useElementWidth } from '../../charts/shared/useElementWidth';
import { resolveAsAt } from '../../domain/asAt';
import { formatPartialDate, type PartialDate } from '../../domain/dates';
import { isNationalJudgement, makeGradeDistribution, NATIONAL_JUDGEMENT_LABELS } from '../../domain/nationalMatrix';
import type { Body, Inspection, NationalFile } from '../../domain/types';
import { useEmbedParams } from '../useEmbedSearch';
import { EmbedGate } from '../EmbedGate';
import { useEmbedGovernance, useEmbedInspections, useEmbedMeta, useEmbedNational } from '../useEmbedData';

export function DistributionEmbed() {
  const national = useEmbedNational();
  const inspections = useEmbedInspections();
  const governance = useEmbedGovernance();
  const meta = useEmbedMeta();
  const asAt = useEmbedParams().get('asAt');
  return (
    <EmbedGate queries={[national, inspections, governance, meta]} what="the national data">
      {() => (
        <DistributionChart
          file={national.data!}
          inspections={inspections.data!.inspections}
          bodies={governance.data!.bodies}
          date={resolveAsAt(asAt, meta.data!.defaultAsAt)}
        />
      )}
    </EmbedGate>
  );
}

function DistributionChart({ file, inspections, bodies, date }: { file: NationalFile; inspections: readonly Inspection[]; bodies: readonly Body[]; date: PartialDate }) {
  const params = useEmbedParams();
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const [selected, setSelected] = useState<string | null>(null);
  const judgementParam = params.get('judgement') ?? 'overall';
  const judgement = isNationalJudgement(judgementParam) ? judgementParam : 'overall';
  const region = params.get('region');
  const regionCode = region && file.regions[region] ? region : null;
  const neighbours = params.get('neighbours') === '1';
  const distribution = useMemo(
    () => makeGradeDistribution(file, date, judgement, { region: regionCode, neighboursOnly: neighbours }),
    [file, date, judgement, regionCode, neighbours],
  );
  const county = useMemo(() => getCountyMarker(inspections, bodies, date, judgement), [inspections, bodies, date, judgement]);
  const rows = toDistributionRows(distribution, county);
  const placed = layoutDistribution(rows, { width: Math.min(width, 760) });
  const scope = neighbours ? 'North and West Northamptonshire and their statistical neighbours' : regionCode ? `authorities in ${file.regions[regionCode]}` : 'English local authorities';
  const graded = distribution.bars.filter((b) => b.grade === 'outstanding' || b.grade === 'good').reduce((s, b) => s + b.authorities.length, 0);
  const unknown = distribution.bars.find((b) => b.grade === 'unknown')?.authorities.length ?? 0;
  const focus = rows.flatMap((r) => r.markers.map((m) => `${m.replace(' (not counted)', '')}: ${r.label.toLowerCase()}`)).join('; ');
  return (
    <div ref={ref}>
      <ChartFrame
        title={`${NATIONAL_JUDGEMENT_LABELS[judgement]}: grades in force on ${formatPartialDate(date)}`}
        description={`How many ${scope} held each grade on the date, from each one’s latest report published by then; ◆ marks Northamptonshire.`}
        summary={`On ${formatPartialDate(date)}, of ${distribution.total} ${scope}, ${graded} were judged good or outstanding for ${NATIONAL_JUDGEMENT_LABELS[judgement].toLowerCase()}, ${unknown} had a grade unknown, and ${distribution.notYetInspected.length} had no report yet.${focus ? ` ${focus}.` : ''}`}
        chart={({ titleId, descriptionId }) => (
          <GradeDistribution distribution={placed} titleId={titleId} descriptionId={descriptionId} selected={selected} onSelect={setSelected} />
        )}
        table={<DataTable table={toDistributionTable(rows, date)} />}
        footnote={
          <>
            {county ? <p className="govuk-body-s">{county.text}. The county council is not in the national file, so it is marked but not counted.</p> : null}
            <p className="govuk-body-s">A report counts from its publication date. “Grade unknown”: the source could not read the grade; it is counted, never guessed. {file.attribution}</p>
          </>
        }
      />
    </div>
  );
}
