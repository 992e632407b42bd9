import { ChartSvg } from '../shared/ChartSvg';
import { GRADE_HEX } from '../shared/palette';
import type { PlacedEnglandLine } from './layoutEnglandLine';

const COLOURS = { good: GRADE_HEX.good, inadequate: GRADE_HEX.inadequate };

/** England's shares over time as lines with a point per release, Northamptonshire's judgements as diamonds under the axis. */
export function EnglandLine({
  layout,
  titleId,
  descriptionId,
}: {
  layout: PlacedEnglandLine;
  titleId: string;
  descriptionId: string;
}) {
  const { plotLeft, plotRight, plotTop, plotBottom, fontSize } = layout;
  return (
    <ChartSvg
      className="app-england-line"
      titleId={titleId}
      descriptionId={descriptionId}
      width={layout.width}
      height={layout.height}
    >
      <rect
        x={layout.sif.x1}
        y={plotTop}
        width={layout.sif.x2 - layout.sif.x1}
        height={plotBottom - plotTop}
        fill="var(--app-chart-grid, #b1b4b6)"
        opacity={0.25}
      />
      <text x={layout.sif.x1 + 4} y={plotTop + fontSize} fontSize={fontSize}>
        SIF era
      </text>
      {layout.yTicks.map((t) => (
        <g key={t.value}>
          <line
            x1={plotLeft}
            x2={plotRight}
            y1={t.y}
            y2={t.y}
            stroke="var(--app-chart-grid, #b1b4b6)"
            strokeWidth={0.5}
          />
          <text x={plotLeft - 4} y={t.y + 4} fontSize={fontSize - 1} textAnchor="end">
            {t.value}%
          </text>
        </g>
      ))}
      {layout.years.map((y) => (
        <g key={y.year}>
          <line
            x1={y.x}
            x2={y.x}
            y1={plotBottom}
            y2={plotBottom + 5}
            stroke="var(--app-chart-text)"
          />
          {y.label ? (
            <text x={y.x} y={plotBottom + fontSize + 6} fontSize={fontSize - 1} textAnchor="middle">
              {y.year}
            </text>
          ) : null}
        </g>
      ))}
      <line
        x1={plotLeft}
        x2={plotRight}
        y1={plotBottom}
        y2={plotBottom}
        stroke="var(--app-chart-text)"
      />
      {layout.series.map((s) => (
        <g key={s.key}>
          <polyline
            points={s.points.map((p) => `${p.x},${p.y}`).join(' ')}
            fill="none"
            stroke={COLOURS[s.key]}
            strokeWidth={2.5}
            strokeDasharray={s.key === 'inadequate' ? '6 3' : undefined}
          />
          {s.points.map((p) => (
            <circle
              key={p.id}
              cx={p.x}
              cy={p.y}
              r={4}
              fill={p.weak ? 'var(--app-bg)' : COLOURS[s.key]}
              stroke={COLOURS[s.key]}
              strokeWidth={2}
            />
          ))}
          {s.points.length ? (
            <text
              x={s.labelAt.x}
              y={s.labelAt.y}
              fontSize={fontSize}
              fontWeight={700}
              textAnchor={s.key === 'good' ? 'end' : 'start'}
            >
              {s.label} {s.points[s.points.length - 1]!.percent}%
            </text>
          ) : null}
        </g>
      ))}
      {layout.marks.map((m) => (
        <g key={m.id}>
          <line
            x1={m.x}
            x2={m.x}
            y1={plotTop}
            y2={m.y - fontSize / 2}
            stroke="var(--app-chart-text)"
            strokeWidth={0.75}
            strokeDasharray="2 3"
          />
          <path
            d={`M${m.x},${m.y - fontSize / 2 - 5} l5,5 l-5,5 l-5,-5 z`}
            fill={m.inadequate ? GRADE_HEX.inadequate : 'var(--app-chart-text)'}
          />
          <text x={m.textX} y={m.y - fontSize / 2 + 4} fontSize={fontSize - 1}>
            {m.label}
          </text>
        </g>
      ))}
    </ChartSvg>
  );
}
