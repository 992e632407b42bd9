import { NATIONAL_LABELS } from '../../domain/ordinalScale';
import { ChartSvg, useSelectableMarks } from '../shared/ChartSvg';
import type { PlacedCell, PlacedMatrix } from './layoutMatrix';

export interface TransitionMatrixProps {
  matrix: PlacedMatrix;
  titleId: string;
  descriptionId: string;
  /** "round 1" and "round 2", for the accessible names. */
  fromLabel: string;
  toLabel: string;
  selected: string | null;
  onSelect: (id: string | null) => void;
}

export function describeCell(c: PlacedCell, fromLabel: string, toLabel: string): string {
  const n = c.cell.authorities.length;
  const focus = c.cell.authorities.filter((a) => a.focus).map((a) => a.name);
  return `${NATIONAL_LABELS[c.cell.from]} in ${fromLabel}, ${NATIONAL_LABELS[c.cell.to]} in ${toLabel}: ${n} ${n === 1 ? 'authority' : 'authorities'}${focus.length ? `, including ${focus.join(' and ')}` : ''}${c.neighbourCount ? `, ${c.neighbourCount} statistical ${c.neighbourCount === 1 ? 'neighbour' : 'neighbours'}` : ''}.`;
}

/** Previous grade × next grade, a count in each cell; every cell is a button that lists its authorities. */
export function TransitionMatrix({
  matrix,
  titleId,
  descriptionId,
  fromLabel,
  toLabel,
  selected,
  onSelect,
}: TransitionMatrixProps) {
  const marks = useSelectableMarks(
    matrix.cells.map((c) => c.id),
    selected,
    onSelect,
    { columns: matrix.columnCount },
  );
  const { left, top, size } = matrix;
  return (
    <ChartSvg
      className="app-matrix"
      titleId={titleId}
      descriptionId={descriptionId}
      width={matrix.width}
      height={matrix.height}
      onKeyDown={marks.onKeyDown}
    >
      <g aria-hidden="true">
        <text x={left} y={14} fontSize={12} fontWeight={700}>
          {toLabel} →
        </text>
        <text x={4} y={30} fontSize={12} fontWeight={700}>
          {fromLabel} ↓
        </text>
        {matrix.columns.map((c, i) => {
          // Two-word labels take two lines on a narrow matrix, and every other column's label
          // stands higher, so that neighbours wider than their cells never touch.
          const narrow = size < 60;
          const words = narrow ? c.label.split(' ') : [c.label];
          return (
            <text
              key={c.grade}
              x={c.x + size / 2}
              y={top - 8 - (words.length - 1) * 11 - (narrow && i % 2 === 1 ? 26 : 0)}
              fontSize={12}
              textAnchor="middle"
            >
              {words.map((w, i) => (
                <tspan key={w} x={c.x + size / 2} dy={i === 0 ? 0 : 11}>
                  {w}
                </tspan>
              ))}
            </text>
          );
        })}
        {matrix.rows.map((r) => (
          <text key={r.grade} x={left - 6} y={r.y + size / 2 + 4} fontSize={12} textAnchor="end">
            {r.label}
          </text>
        ))}
      </g>
      {matrix.cells.map((c) => {
        const diagonal = c.cell.from === c.cell.to;
        return (
          <g key={c.id} {...marks.mark(c.id, describeCell(c, fromLabel, toLabel))}>
            <rect
              x={c.x + 1}
              y={c.y + 1}
              width={size - 2}
              height={size - 2}
              className={`app-matrix__cell${diagonal ? ' app-matrix__cell--same' : ''}${c.focusCount ? ' app-matrix__cell--focus' : ''}`}
              fillOpacity={c.cell.authorities.length ? 0.08 + 0.3 * c.share : 0}
            />
            <text
              x={c.x + size / 2}
              y={c.y + size / 2 + (c.focusCount || c.neighbourCount ? -2 : 5)}
              fontSize={size < 44 ? 13 : 16}
              fontWeight={700}
              textAnchor="middle"
            >
              {c.cell.authorities.length}
            </text>
            {c.focusCount || c.neighbourCount ? (
              <text x={c.x + size / 2} y={c.y + size / 2 + 14} fontSize={12} textAnchor="middle">
                {c.focusCount ? '◆' : ''}
                {c.neighbourCount && size >= 44
                  ? `${c.focusCount ? ' ' : ''}${c.neighbourCount} SN`
                  : ''}
                {c.neighbourCount && size < 44 && !c.focusCount ? '•' : ''}
              </text>
            ) : null}
            <rect
              x={c.x + 3}
              y={c.y + 3}
              width={size - 6}
              height={size - 6}
              fill="none"
              className={marks.ring(c.id)}
            />
          </g>
        );
      })}
    </ChartSvg>
  );
}
