import { MARK_STROKE, nationalFill } from '../shared/palette';
import { ChartSvg, useSelectableMarks } from '../shared/ChartSvg';
import { FocusDiamond } from '../shared/FocusDiamond';
import type { PlacedDistribution, PlacedRow } from './layoutDistribution';

export interface GradeDistributionProps {
  distribution: PlacedDistribution;
  titleId: string;
  descriptionId: string;
  selected: string | null;
  onSelect: (id: string | null) => void;
}

export const describeRow = (r: PlacedRow): string =>
  `${r.row.label}: ${r.row.count} ${r.row.count === 1 ? 'authority' : 'authorities'}${r.row.markers.length ? `, including ${r.row.markers.join('; ')}` : ''}.`;

/** How many authorities held each grade on a date; each bar is a button that lists them. */
export function GradeDistribution({
  distribution,
  titleId,
  descriptionId,
  selected,
  onSelect,
}: GradeDistributionProps) {
  const marks = useSelectableMarks(
    distribution.rows.map((r) => r.row.id),
    selected,
    onSelect,
  );
  const { labelWidth, barLeft } = distribution;
  return (
    <ChartSvg
      className="app-distribution"
      titleId={titleId}
      descriptionId={descriptionId}
      width={distribution.width}
      height={distribution.height}
      onKeyDown={marks.onKeyDown}
    >
      {distribution.rows.map((r) => {
        const fill = r.row.grade === 'not-inspected' ? null : nationalFill(r.row.grade);
        return (
          <g key={r.row.id} {...marks.mark(r.row.id, describeRow(r))}>
            <rect
              x={0}
              y={r.y - 2}
              width={distribution.width}
              height={r.height + 4}
              fill="transparent"
            />
            <text
              x={labelWidth}
              y={r.y + 17}
              fontSize={labelWidth < 150 ? 12 : 14}
              textAnchor="end"
            >
              {labelWidth < 150 ? r.row.shortLabel : r.row.label}
            </text>
            <rect
              x={barLeft}
              y={r.y}
              width={Math.max(1, r.barWidth)}
              height={24}
              fill={fill ?? 'var(--app-bg)'}
              stroke={fill ? MARK_STROKE : 'var(--app-chart-text)'}
              strokeDasharray={fill ? undefined : '3 2'}
            />
            <text x={barLeft + r.barWidth + 6} y={r.y + 17} fontSize={14} fontWeight={700}>
              {r.row.count}
            </text>
            {r.row.markers.map((m, i) => (
              <g key={m}>
                <FocusDiamond cx={barLeft + 5} cy={(r.markerY ?? 0) + i * 18 - 4} />
                <text x={barLeft + 14} y={(r.markerY ?? 0) + i * 18} fontSize={12}>
                  {m}
                </text>
              </g>
            ))}
            <rect
              x={2}
              y={r.y - 3}
              width={distribution.width - 4}
              height={r.height + 6}
              fill="none"
              className={marks.ring(r.row.id)}
            />
          </g>
        );
      })}
    </ChartSvg>
  );
}
