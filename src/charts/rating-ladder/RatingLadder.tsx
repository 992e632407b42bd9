import { useMemo } from 'react';
import { AREA_LABELS } from '../../domain/ratings';
import { GRADE_STYLES, MARK_STROKE } from '../shared/palette';
import { ChartSvg, useSelectableMarks } from '../shared/ChartSvg';
import { describeIntervention, describeMark, describeVisit } from './describeLadder';
import { markText, type PlacedLadder, type PlacedMark } from './layoutLadder';

export interface RatingLadderProps {
  ladder: PlacedLadder;
  titleId: string;
  descriptionId: string;
  /** The selected mark, visit or intervention id (as in the layout). */
  selected: string | null;
  onSelect: (id: string | null) => void;
}

function Mark({ mark }: { mark: PlacedMark }) {
  const style = mark.grade ? GRADE_STYLES[mark.grade] : null;
  const sub = !mark.points.some((p) => p.headline);
  return (
    <>
      <rect
        x={mark.x - mark.width / 2}
        y={mark.y - mark.height / 2}
        width={mark.width}
        height={mark.height}
        rx={3}
        fill={style?.fill ?? 'var(--app-bg)'}
        stroke={style ? MARK_STROKE : 'var(--app-chart-text)'}
        strokeDasharray={mark.grade === 'adequate' || !style ? '3 2' : undefined}
        opacity={sub ? 0.85 : 1}
      />
      {mark.grade === 'adequate' ? (
        <rect
          x={mark.x - mark.width / 2 + 1}
          y={mark.y - mark.height / 2 + 1}
          width={mark.width - 2}
          height={mark.height - 2}
          rx={2}
          fill="none"
          stroke="#0b0c0c"
          strokeDasharray="2 2"
        />
      ) : null}
      <text
        x={mark.x}
        y={mark.y + 4}
        textAnchor="middle"
        fontSize={12}
        fontWeight={sub ? 400 : 700}
        className={
          style?.text === '#FFFFFF'
            ? 'app-ladder__mark-text app-ladder__mark-text--light'
            : style
              ? 'app-ladder__mark-text'
              : undefined
        }
      >
        {markText(mark.grade, mark.count)}
      </text>
    </>
  );
}

/** From a label's baseline to the top of its capitals, at 12 px. */
const LABEL_CAP = 11;

/** The ladder: judgements on the ordinal scale over time, one panel per area, drawn from a layout. */
export function RatingLadder({
  ladder,
  titleId,
  descriptionId,
  selected,
  onSelect,
}: RatingLadderProps) {
  const order = useMemo(
    () => [
      ...ladder.interventions.map((i) => i.id),
      ...ladder.panels.flatMap((p) =>
        [...p.marks, ...p.visits].sort((a, b) => a.x - b.x).map((m) => m.id),
      ),
    ],
    [ladder],
  );
  const marks = useSelectableMarks(order, selected, onSelect);
  const ring = marks.ring;

  return (
    <ChartSvg
      className="app-ladder"
      titleId={titleId}
      descriptionId={descriptionId}
      width={ladder.width}
      height={ladder.height}
      onKeyDown={marks.onKeyDown}
    >
      <g aria-hidden="true">
        {ladder.eras.map((era, i) => (
          <g key={era.id}>
            <rect
              x={era.x0}
              y={0}
              width={Math.max(0, era.x1 - era.x0)}
              height={ladder.axisY}
              className={`app-ladder__era app-ladder__era--${i % 2}`}
            />
            <text x={era.x0 + 4} y={12} fontSize={12} fontWeight={700}>
              {era.label}
            </text>
          </g>
        ))}
        {ladder.handovers.map((h) => (
          <line
            key={h.id}
            x1={h.x}
            x2={h.x}
            y1={ladder.plotTop}
            y2={ladder.axisY}
            className="app-ladder__handover"
          />
        ))}
        {ladder.interventions.map((i) => (
          <line
            key={i.id}
            x1={i.x}
            x2={i.x}
            y1={i.y - LABEL_CAP}
            y2={ladder.axisY}
            className="app-ladder__intervention"
          />
        ))}
        {ladder.asAt ? (
          <g className="app-ladder__as-at">
            <line x1={ladder.asAt.x} x2={ladder.asAt.x} y1={ladder.plotTop} y2={ladder.axisY} />
            <text
              x={ladder.asAt.anchor === 'start' ? ladder.asAt.x + 4 : ladder.asAt.x - 4}
              y={ladder.axisY + 36}
              fontSize={12}
              fontWeight={700}
              textAnchor={ladder.asAt.anchor}
            >
              {ladder.asAt.label}
            </text>
          </g>
        ) : null}
        {ladder.undatedX !== null ? (
          <text x={ladder.undatedX} y={28} fontSize={12} textAnchor="middle">
            No date
          </text>
        ) : null}
        {ladder.ticks.map((t) => (
          <g key={t.label}>
            <line
              x1={t.x}
              x2={t.x}
              y1={ladder.axisY - 4}
              y2={ladder.axisY}
              className="app-svg__grid"
            />
            <text x={t.x} y={ladder.axisY + 16} fontSize={12} textAnchor="middle">
              {t.label}
            </text>
          </g>
        ))}
      </g>

      {ladder.interventions.map((i) => (
        <g key={i.id} {...marks.mark(i.id, `Intervention: ${describeIntervention(i.mark)}`)}>
          <rect
            x={i.box.x0 - 2}
            y={i.y - LABEL_CAP - 2}
            width={i.box.x1 - i.box.x0 + 4}
            height={LABEL_CAP + 6}
            className="app-ladder__label-bg"
          />
          <text
            x={i.labelX}
            y={i.y}
            fontSize={12}
            textAnchor={i.anchor}
            className={`app-ladder__intervention-label${i.faded ? ' app-ladder__intervention-label--after' : ''}`}
          >
            {i.label}
          </text>
          <rect
            x={i.box.x0 - 4}
            y={i.y - LABEL_CAP - 4}
            width={i.box.x1 - i.box.x0 + 8}
            height={LABEL_CAP + 10}
            rx={3}
            fill="none"
            className={ring(i.id)}
          />
        </g>
      ))}

      {ladder.panels.map((panel) => (
        <g key={panel.area} role="group" aria-label={AREA_LABELS[panel.area]}>
          <text x={4} y={panel.top + 16} fontSize={14} fontWeight={700}>
            {AREA_LABELS[panel.area]}
          </text>
          <g aria-hidden="true">
            {panel.rungs.map((r) => (
              <g key={r.rank}>
                <line
                  x1={ladder.left}
                  x2={ladder.right}
                  y1={r.y}
                  y2={r.y}
                  className="app-svg__grid"
                />
                <text x={4} y={r.y + 4} fontSize={12}>
                  {r.label}
                </text>
              </g>
            ))}
            {panel.unknownY !== null ? (
              <text x={4} y={panel.unknownY + 4} fontSize={12}>
                Not known
              </text>
            ) : null}
            <text x={4} y={panel.visitsY + 4} fontSize={12} className="app-ladder__muted">
              Visits
            </text>
            {panel.lines.map((l) => (
              <line
                key={l.id}
                x1={l.x1}
                y1={l.y1}
                x2={l.x2}
                y2={l.y2}
                className={`app-ladder__line${l.frameworkBreak ? ' app-ladder__line--break' : ''}`}
              />
            ))}
            {[...panel.marks, ...panel.visits].map((m) =>
              m.range ? (
                <line
                  key={`range-${m.id}`}
                  x1={m.range[0]}
                  x2={m.range[1]}
                  y1={m.y}
                  y2={m.y}
                  className="app-ladder__range"
                />
              ) : null,
            )}
          </g>
          {/* Marks and visits in time order, so that reading order and arrow keys follow the axis. */}
          {[
            ...panel.marks.map((m) => ({ kind: 'mark' as const, m })),
            ...panel.visits.map((v) => ({ kind: 'visit' as const, v })),
          ]
            .sort(
              (a, b) => (a.kind === 'mark' ? a.m.x : a.v.x) - (b.kind === 'mark' ? b.m.x : b.v.x),
            )
            .map((item) =>
              item.kind === 'mark' ? (
                <g
                  key={item.m.id}
                  {...marks.mark(
                    item.m.id,
                    `${describeMark(item.m.points)}${item.m.faded ? ' After the as-at date.' : ''}`,
                  )}
                >
                  <g className={item.m.faded ? 'app-ladder__faded' : undefined}>
                    <Mark mark={item.m} />
                  </g>
                  <rect
                    x={item.m.x - item.m.width / 2 - 3}
                    y={item.m.y - 12}
                    width={item.m.width + 6}
                    height={24}
                    rx={4}
                    fill="none"
                    className={ring(item.m.id)}
                  />
                </g>
              ) : (
                <g
                  key={item.v.id}
                  {...marks.mark(
                    item.v.id,
                    `${describeVisit(item.v.visit)}${item.v.faded ? ' After the as-at date.' : ''}`,
                  )}
                >
                  <rect
                    x={item.v.x - item.v.size / 2}
                    y={item.v.y - item.v.size / 2}
                    width={item.v.size}
                    height={item.v.size}
                    transform={`rotate(45 ${item.v.x} ${item.v.y})`}
                    className={`app-ladder__visit${item.v.faded ? ' app-ladder__faded' : ''}`}
                  />
                  <circle
                    cx={item.v.x}
                    cy={item.v.y}
                    r={12}
                    fill="none"
                    className={ring(item.v.id)}
                  />
                </g>
              ),
            )}
        </g>
      ))}
    </ChartSvg>
  );
}
