import { MARK_STROKE } from '../shared/palette';

/** A flow node: filled with its grade's colour, or dashed and unfilled when it is not a grade. */
export function NodeRect({
  box,
  fill,
}: {
  box: { x0: number; x1: number; y0: number; y1: number };
  fill: string | null;
}) {
  return (
    <rect
      x={box.x0}
      y={box.y0}
      width={box.x1 - box.x0}
      height={Math.max(1, box.y1 - box.y0)}
      fill={fill ?? 'var(--app-bg)'}
      stroke={fill ? MARK_STROKE : 'var(--app-chart-text)'}
      strokeDasharray={fill ? undefined : '3 2'}
    />
  );
}
