import { GRADE_STYLES, MARK_STROKE } from '../shared/palette';
import { ChartSvg } from '../shared/ChartSvg';
import { FONT_SIZE, type JourneyLayout } from './journeyModel';

const REGIME_FILL = 'var(--app-text, #0b0c0c)';

/** Draws the journey: a still picture (its words are in the summary and the table). */
export function Journey({
  layout,
  titleId,
  descriptionId,
}: {
  layout: JourneyLayout;
  titleId: string;
  descriptionId: string;
}) {
  const h = layout.barHeight;
  return (
    <ChartSvg
      className="app-journey"
      titleId={titleId}
      descriptionId={descriptionId}
      width={layout.width}
      height={layout.height}
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
        {layout.bars.map((b) => {
          const style = b.grade && b.grade !== 'none' ? GRADE_STYLES[b.grade] : null;
          const fill = style ? style.fill : b.lane === 'rating' ? 'none' : REGIME_FILL;
          return (
            <g key={`${b.lane} ${b.from}`}>
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
                  x={b.x + 4}
                  y={b.y + h - 3}
                  className={
                    style?.text === '#FFFFFF'
                      ? 'app-journey__on-fill app-journey__on-fill--light'
                      : 'app-journey__on-fill'
                  }
                >
                  {b.text}
                </text>
              ) : null}
            </g>
          );
        })}
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
      </g>
    </ChartSvg>
  );
}
