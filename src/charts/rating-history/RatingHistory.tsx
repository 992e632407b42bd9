import { memo } from 'react';
import { formatPartialDate } from '../../domain/dates';
import type { HistoryGrade, HistoryRow } from '../../domain/calendarHistory';
import { NATIONAL_LABELS } from '../../domain/ordinalScale';
import type { NationalGrade } from '../../domain/types';
import { ChartSvg, useSelectableMarks } from '../shared/ChartSvg';
import { MARK_STROKE, nationalFill } from '../shared/palette';
import type { PlacedHistory, PlacedHistoryRow } from './layoutHistory';

export const gradeLabel = (g: HistoryGrade): string =>
  g === 'adequate' ? 'Adequate' : NATIONAL_LABELS[g];

/** A row in words: every report with its date and grade, and the line of succession. */
export function describeHistoryRow(row: HistoryRow): string {
  const reports = row.reports
    .map((r) => `${formatPartialDate(r.published)}: ${gradeLabel(r.grade).toLowerCase()}`)
    .join('; ');
  const lineage = row.lineage
    ? row.ownRecords
      ? ' Northamptonshire line of succession: the county council until 31 March 2021 (our records).'
      : ' Northamptonshire line of succession: from 1 April 2021, after the county council.'
    : '';
  return `${row.name}: ${row.reports.length === 0 ? 'no report' : `${row.reports.length} ${row.reports.length === 1 ? 'report' : 'reports'}, ${reports}`}.${lineage}`;
}

/** A row's bands as one path per grade: fewer elements to draw than a rect per report. */
function bandPaths(p: PlacedHistoryRow, h: number): { grade: HistoryGrade; d: string }[] {
  const byGrade = new Map<HistoryGrade, string>();
  for (const b of p.bands)
    byGrade.set(
      b.grade,
      `${byGrade.get(b.grade) ?? ''}M${b.x},${p.y + (h < THIN ? 0 : 1)}h${b.width}v${h < THIN ? h : h - 2}h${-b.width}z`,
    );
  return [...byGrade].map(([grade, d]) => ({ grade, d }));
}

/** Below this row height (a slide of every authority) outlines and ticks would hide the grades. */
const THIN = 6;

const Row = memo(function Row({ p, layout }: { p: PlacedHistoryRow; layout: PlacedHistory }) {
  const h = layout.rowHeight;
  const thin = h < THIN;
  return (
    <>
      {layout.fontSize ? (
        <text
          x={p.heading ? 4 : layout.labelWidth}
          y={p.y + h - (h > 16 ? 5 : 3)}
          fontSize={p.heading ? layout.fontSize + 2 : layout.fontSize}
          textAnchor={p.heading ? 'start' : 'end'}
          fontWeight={p.row.lineage || p.heading ? 700 : undefined}
        >
          {p.label}
        </text>
      ) : null}
      {bandPaths(p, h).map(({ grade, d }) => {
        const fill = grade === 'adequate' ? '#F46A25' : nationalFill(grade);
        return (
          <path
            key={grade}
            d={d}
            fill={fill ?? 'var(--app-bg)'}
            stroke={thin ? 'none' : fill ? MARK_STROKE : 'var(--app-chart-text)'}
            strokeWidth={fill ? 1 : 0.75}
            strokeDasharray={fill ? undefined : '2 2'}
          />
        );
      })}
      {p.gaps.map((g, i) => (
        <text key={`g${i}`} x={g.x} y={p.y + h - 5} fontSize={11} textAnchor="middle">
          {g.text}
        </text>
      ))}
      {p.ticks.length && !thin ? (
        <path
          d={p.ticks.map((x) => `M${x},${p.y}v${h}`).join('')}
          stroke="var(--app-chart-text)"
          strokeWidth={1.5}
        />
      ) : null}
    </>
  );
});

/** Every authority's grades on a calendar axis: each row a button that describes its reports. */
export const RatingHistory = memo(
  RatingHistoryChart,
  (a, b) =>
    a.layout === b.layout &&
    a.selected === b.selected &&
    a.interactive === b.interactive &&
    a.titleId === b.titleId &&
    a.descriptionId === b.descriptionId,
);

function RatingHistoryChart({
  layout,
  titleId,
  descriptionId,
  selected,
  onSelect,
  interactive,
}: {
  layout: PlacedHistory;
  titleId: string;
  descriptionId: string;
  selected: string | null;
  onSelect: (id: string | null) => void;
  interactive: boolean;
}) {
  const marks = useSelectableMarks(
    layout.rows.map((r) => r.row.id),
    selected,
    onSelect,
  );
  const { top, plotLeft, plotRight, height, rowHeight } = layout;
  return (
    <ChartSvg
      className="app-history"
      titleId={titleId}
      descriptionId={descriptionId}
      width={layout.width}
      height={height}
      onKeyDown={marks.onKeyDown}
    >
      <g aria-hidden="true">
        {layout.legend.map((item) => {
          const fill =
            item.key === 'tick' || item.key === 'unknown'
              ? null
              : nationalFill(item.key as NationalGrade);
          return (
            <g key={item.key} transform={`translate(${item.x},${item.y})`}>
              {item.key === 'tick' ? (
                <line
                  x1={6}
                  x2={6}
                  y1={-10}
                  y2={2}
                  stroke="var(--app-chart-text)"
                  strokeWidth={1.5}
                />
              ) : (
                <rect
                  x={0}
                  y={-10}
                  width={12}
                  height={12}
                  fill={fill ?? 'var(--app-bg)'}
                  stroke={fill ? MARK_STROKE : 'var(--app-chart-text)'}
                  strokeDasharray={fill ? undefined : '2 2'}
                />
              )}
              <text x={16} y={0} fontSize={12}>
                {item.label}
              </text>
            </g>
          );
        })}
        {layout.years.map((y) => (
          <g key={y.year}>
            <line
              x1={y.x}
              x2={y.x}
              y1={top - 4}
              y2={height - 8}
              stroke="var(--app-chart-grid, #b1b4b6)"
              strokeWidth={0.5}
            />
            {y.label ? (
              <text x={y.x + 2} y={top - 8} fontSize={11}>
                {y.year}
              </text>
            ) : null}
          </g>
        ))}
        <line
          x1={plotLeft}
          x2={plotRight}
          y1={top - 1}
          y2={top - 1}
          stroke="var(--app-chart-text)"
        />
      </g>
      {layout.rows.map((p) => (
        <g key={p.row.id} {...(interactive ? marks.mark(p.row.id, describeHistoryRow(p.row)) : {})}>
          {interactive ? (
            <rect x={0} y={p.y} width={layout.width} height={rowHeight} fill="transparent" />
          ) : null}
          <Row p={p} layout={layout} />
          {interactive ? (
            <rect
              x={1}
              y={p.y}
              width={layout.width - 2}
              height={rowHeight}
              fill="none"
              className={marks.ring(p.row.id)}
            />
          ) : null}
        </g>
      ))}
      {layout.succession ? (
        <g aria-hidden="true">
          <line
            x1={layout.succession.x}
            x2={layout.succession.x}
            y1={layout.succession.y1}
            y2={layout.succession.y2}
            stroke="var(--app-chart-text)"
            strokeWidth={2}
            strokeDasharray="4 2"
          />
          <line
            x1={2}
            x2={2}
            y1={layout.succession.y1}
            y2={layout.succession.y2}
            stroke="var(--app-chart-text)"
            strokeWidth={3}
          />
        </g>
      ) : null}
    </ChartSvg>
  );
}
