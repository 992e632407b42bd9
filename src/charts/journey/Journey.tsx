import { GRADE_STYLES, MARK_STROKE } from '../shared/palette';
import { ChartSvg, useSelectableMarks } from '../shared/ChartSvg';
import {
  AS_AT_ID,
  describeAsAt,
  describeSpan,
  FONT_SIZE,
  spanId,
  type JourneyLayout,
} from './journeyModel';

const REGIME_FILL = 'var(--app-text, #0b0c0c)';

/**
 * Draws the journey. Where it is interactive, each bar (each overall rating, each regime period)
 * and the as-at marker is a button with one tab stop for the chart (arrow keys, Home and End move
 * between them, in time order row by row), named in words and selected by Enter, Space or a click;
 * a still copy (print, export) is a picture whose words are in the summary and the table.
 */
export function Journey({
  layout,
  titleId,
  descriptionId,
  interactive = false,
  selected = null,
  onSelect = () => {},
}: {
  layout: JourneyLayout;
  titleId: string;
  descriptionId: string;
  interactive?: boolean;
  selected?: string | null;
  onSelect?: (id: string | null) => void;
}) {
  const h = layout.barHeight;
  const ids = [...layout.bars.map(spanId), AS_AT_ID];
  const marks = useSelectableMarks(ids, selected, onSelect);
  const end = layout.end;
  /** A mark's props: a named button when interactive, nothing when still. */
  const markProps = (id: string, label: string) =>
    interactive
      ? {
          ...marks.mark(id, label),
          className: 'app-journey__mark',
          'aria-pressed': selected === id,
        }
      : {};
  return (
    <ChartSvg
      className="app-journey"
      titleId={titleId}
      descriptionId={descriptionId}
      width={layout.width}
      height={layout.height}
      onKeyDown={interactive ? marks.onKeyDown : undefined}
    >
      <g fontSize={FONT_SIZE} aria-hidden="true">
        {layout.rows.map((r) => (
          <text
            key={r.id}
            x={4}
            y={r.y}
            fill="currentColor"
            fontWeight={r.id === 'rating' ? 700 : 400}
          >
            {r.label}
          </text>
        ))}
        {layout.ticks.map((t) => (
          <g key={t.label}>
            <line
              x1={t.x}
              x2={t.x}
              y1={layout.height - 20}
              y2={layout.height - 14}
              stroke="currentColor"
            />
            <text x={t.x} y={layout.height - 5} textAnchor="middle" fill="currentColor">
              {t.label}
            </text>
          </g>
        ))}
      </g>
      <g fontSize={FONT_SIZE} aria-hidden={interactive ? undefined : 'true'}>
        {layout.bars.map((b) => {
          const style = b.grade && b.grade !== 'none' ? GRADE_STYLES[b.grade] : null;
          const fill = style ? style.fill : b.lane === 'rating' ? 'none' : REGIME_FILL;
          const id = spanId(b);
          return (
            <g key={id} {...markProps(id, describeSpan(b, end))}>
              <rect
                x={b.x}
                y={b.y}
                width={b.w}
                height={h}
                fill={fill}
                fillOpacity={b.certain ? (b.lane === 'rating' ? 1 : 0.75) : 0.2}
                stroke={
                  b.certain
                    ? style
                      ? MARK_STROKE
                      : fill === 'none'
                        ? 'currentColor'
                        : 'none'
                    : REGIME_FILL
                }
                strokeDasharray={b.certain ? (fill === 'none' ? '2 3' : undefined) : '4 3'}
                strokeWidth={1}
              />
              {b.text ? (
                <text
                  x={b.textX}
                  y={b.y + h - 3}
                  // On a grade's colour, the colour's own text; on no fill, the page's.
                  fill={style ? undefined : 'currentColor'}
                  className={
                    !style
                      ? undefined
                      : style.text === '#FFFFFF'
                        ? 'app-journey__on-fill app-journey__on-fill--light'
                        : 'app-journey__on-fill'
                  }
                >
                  {b.text}
                </text>
              ) : null}
              {interactive ? (
                <rect
                  x={b.x - 3}
                  y={b.y - 3}
                  width={b.w + 6}
                  height={h + 6}
                  className={marks.ring(id)}
                />
              ) : null}
            </g>
          );
        })}
        <g {...markProps(AS_AT_ID, describeAsAt(layout.asAt.date))}>
          {layout.asAt.segments.map((seg) => (
            <line
              key={seg.y1}
              x1={layout.asAt.x}
              x2={layout.asAt.x}
              y1={seg.y1}
              y2={seg.y2}
              stroke="currentColor"
              strokeWidth={2}
            />
          ))}
          <text
            x={layout.asAt.x + (layout.asAt.anchor === 'start' ? 3 : -3)}
            y={12}
            textAnchor={layout.asAt.anchor}
            fill="currentColor"
            fontWeight={700}
          >
            {layout.asAt.label}
          </text>
          {interactive ? (
            <rect
              x={layout.asAt.x - 4}
              y={1}
              width={8}
              height={layout.asAt.segments.at(-1)!.y2 + 2}
              className={marks.ring(AS_AT_ID)}
            />
          ) : null}
        </g>
      </g>
    </ChartSvg>
  );
}
