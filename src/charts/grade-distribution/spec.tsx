/** How many English local authorities held each grade on the as-at date, with Northamptonshire marked. */
import { formatPartialDate, type PartialDate } from '../../domain/dates';
import {
  makeGradeDistribution,
  NATIONAL_JUDGEMENT_LABELS,
  type NationalJudgement,
} from '../../domain/nationalMatrix';
import {
  getCountyMarker,
  toDistributionRows,
  type CountyMarker,
} from '../chart-data/distributionRows';
import { toDistributionTable } from '../chart-data/nationalTables';
import { readAsAt } from '../shared/params';
import { defineChart } from '../shared/spec';
import { LOCAL_SOURCES, NATIONAL_SOURCES } from '../shared/sourceLines';
import { readJudgement } from '../transition-matrix/spec';
import { describeRow, GradeDistribution } from './GradeDistribution';
import { layoutDistribution, type DistributionRow } from './layoutDistribution';

export interface DistributionParams {
  asAt: PartialDate;
  judgement: NationalJudgement;
  /** A region code of the national file, or null for England. */
  region: string | null;
  /** Only North and West Northamptonshire and their statistical neighbours. */
  neighbours: boolean;
}

export interface DistributionModel {
  distribution: ReturnType<typeof makeGradeDistribution>;
  county: CountyMarker | null;
  rows: DistributionRow[];
  scope: string;
  attribution: string;
}

export const distributionSpec = defineChart({
  name: 'grade-distribution',
  label: 'Grades in force, English local authorities',
  fullView: '/england',
  source: `${NATIONAL_SOURCES}; the county council's own judgements from ${LOCAL_SOURCES}`,
  data: ['national.json', 'inspections.json', 'governance.json'],
  fallbackWidth: 960,
  readParams: (query, data): DistributionParams => {
    const region = query.get('region');
    return {
      asAt: readAsAt(query, data['meta.json']),
      judgement: readJudgement(query.get('judgement')),
      region: region && Object.hasOwn(data['national.json'].regions, region) ? region : null,
      neighbours: query.get('neighbours') === '1',
    };
  },
  toModel: (data, { asAt, judgement, region, neighbours }): DistributionModel => {
    const file = data['national.json'];
    const distribution = makeGradeDistribution(file, asAt, judgement, {
      region,
      neighboursOnly: neighbours,
    });
    const county = getCountyMarker(
      data['inspections.json'].inspections,
      data['governance.json'].bodies,
      asAt,
      judgement,
    );
    const scope = neighbours
      ? 'North and West Northamptonshire and their statistical neighbours'
      : region
        ? `authorities in ${file.regions[region]}`
        : 'English local authorities';
    return {
      distribution,
      county,
      rows: toDistributionRows(distribution, county),
      scope,
      attribution: file.attribution,
    };
  },
  layout: (model, _params, { width }) =>
    layoutDistribution(model.rows, { width: Math.min(width, 760) }),
  toTable: (model, { asAt }) => toDistributionTable(model.rows, asAt),
  toText: ({ distribution, county, rows, scope, attribution }, { asAt, judgement }) => {
    const graded = distribution.bars
      .filter((b) => b.grade === 'outstanding' || b.grade === 'good')
      .reduce((s, b) => s + b.authorities.length, 0);
    const unknown = distribution.bars.find((b) => b.grade === 'unknown')?.authorities.length ?? 0;
    const focus = rows
      .flatMap((r) =>
        r.markers.map((m) => `${m.replace(' (not counted)', '')}: ${r.label.toLowerCase()}`),
      )
      .join('; ');
    const judgementLabel = NATIONAL_JUDGEMENT_LABELS[judgement];
    return {
      title: `${judgementLabel}: grades in force on ${formatPartialDate(asAt)}`,
      description: `How many ${scope} held each grade on the date, from each one’s latest report published by then; ◆ marks Northamptonshire.`,
      summary: `On ${formatPartialDate(asAt)}, of ${distribution.total} ${scope}, ${graded} were judged good or outstanding for ${judgementLabel.toLowerCase()}, ${unknown} had a grade unknown, and ${distribution.notYetInspected.length} had no report yet.${focus ? ` ${focus}.` : ''}`,
      footnote: [
        ...(county
          ? [
              `${county.text}. The county council is not in the national file, so it is marked but not counted.`,
            ]
          : []),
        `A report counts from its publication date. “Grade unknown”: the source could not read the grade; it is counted, never guessed. ${attribution}`,
      ],
    };
  },
  describeSelected: (_model, layout, id) => {
    const row = layout.rows.find((r) => r.row.id === id);
    return row ? describeRow(row) : null;
  },
  Chart: ({ layout, titleId, descriptionId, selected, onSelect }) => (
    <GradeDistribution
      distribution={layout}
      titleId={titleId}
      descriptionId={descriptionId}
      selected={selected}
      onSelect={onSelect}
    />
  ),
});
