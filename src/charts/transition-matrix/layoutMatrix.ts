/**
 * The transition matrix's geometry: earlier round's grade down the side, later round's across
 * the top, one square cell per pair, its count written in it and its tint deepening with the count.
 */
import type { MatrixCell, TransitionMatrix } from '../../domain/nationalMatrix';
import { NATIONAL_SHORT } from '../../domain/ordinalScale';
import type { NationalGrade } from '../../domain/types';

export interface PlacedCell {
  id: string;
  cell: MatrixCell;
  x: number;
  y: number;
  size: number;
  /** 0 (empty) to 1 (the fullest cell). */
  share: number;
  focusCount: number;
  neighbourCount: number;
}

export interface PlacedMatrix {
  width: number;
  height: number;
  top: number;
  left: number;
  size: number;
  rows: { grade: NationalGrade; y: number; label: string }[];
  columns: { grade: NationalGrade; x: number; label: string }[];
  cells: PlacedCell[];
  columnCount: number;
}

export const cellId = (from: NationalGrade, to: NationalGrade): string => `${from}.${to}`;

export function layoutMatrix(matrix: TransitionMatrix, { width }: { width: number }): PlacedMatrix {
  const n = matrix.categories.length;
  const left = 64;
  const top = 66;
  // Room on the right for the last column's label ("Unknown" is wider than a narrow cell).
  const size = Math.max(34, Math.min(72, Math.floor((width - left - 16) / Math.max(1, n))));
  const max = Math.max(1, ...matrix.cells.map((c) => c.authorities.length));
  const rows = matrix.categories.map((grade, i) => ({
    grade,
    y: top + i * size,
    label: NATIONAL_SHORT[grade],
  }));
  const columns = matrix.categories.map((grade, i) => ({
    grade,
    x: left + i * size,
    label: NATIONAL_SHORT[grade],
  }));
  const cells = matrix.cells.map((cell) => {
    const r = matrix.categories.indexOf(cell.from);
    const c = matrix.categories.indexOf(cell.to);
    return {
      id: cellId(cell.from, cell.to),
      cell,
      x: left + c * size,
      y: top + r * size,
      size,
      share: cell.authorities.length / max,
      focusCount: cell.authorities.filter((a) => a.focus).length,
      neighbourCount: cell.authorities.filter((a) => a.neighbour).length,
    };
  });
  return {
    width: left + n * size + 16,
    height: top + n * size + 4,
    top,
    left,
    size,
    rows,
    columns,
    cells,
    columnCount: n,
  };
}
