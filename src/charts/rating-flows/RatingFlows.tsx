import type { FlowGrade } from '../../domain/flows';
import { MOVEMENT_LABELS, type Movement } from '../../domain/ordinalScale';
import { AREA_LABELS, GRADE_LABELS } from '../../domain/ratings';
import { GRADE_STYLES } from '../shared/palette';
import { NodeRect } from './NodeRect';
import { ChartSvg, useSelectableMarks } from '../shared/ChartSvg';
import { estimateTextWidth } from '../shared/textMetrics';
import type { PlacedFlowLink, PlacedFlows } from './layoutFlows';

export interface RatingFlowsProps {
  flows: PlacedFlows;
  titleId: string;
  descriptionId: string;
  /** What the two sides are, e.g. "ILACS 2019, county council" and "ILACS 2022, North Northamptonshire". */
  beforeLabel: string;
  afterLabel: string;
  selected: string | null;
  onSelect: (area: string | null) => void;
}

export const FLOW_GRADE_LABELS: Record<FlowGrade, string> = {
  ...GRADE_LABELS,
  'not-recorded': 'Not recorded',
};
const SHORT: Record<FlowGrade, string> = {
  outstanding: 'Outst',
  good: 'Good',
  'requires-improvement': 'RI',
  adequate: 'Adeq',
  inadequate: 'Inad',
  'not-recorded': 'Not rec.',
};

/** Colour and line style per movement; the label always says the movement in words as well. */
const MOVEMENT_CLASS: Record<Movement, string> = {
  rose: 'app-flows__link--rose',
  fell: 'app-flows__link--fell',
  stayed: 'app-flows__link--stayed',
  unknown: 'app-flows__link--unknown',
};

const linkLabel = (l: PlacedFlowLink) =>
  `${AREA_LABELS[l.link.flow.area]}: ${l.link.flow.movement === 'unknown' ? 'not comparable' : MOVEMENT_LABELS[l.link.flow.movement]}`;

export const describeFlow = (l: PlacedFlowLink['link'], before: string, after: string): string =>
  `${AREA_LABELS[l.flow.area]}: ${FLOW_GRADE_LABELS[l.flow.before ?? 'not-recorded']} (${before}) to ${FLOW_GRADE_LABELS[l.flow.after ?? 'not-recorded']} (${after}): ${l.flow.movement === 'unknown' ? 'cannot be compared' : MOVEMENT_LABELS[l.flow.movement]}${l.flow.frameworkBreak ? ', across a change of framework' : ''}.`;

/** Flows of the judgement areas between two successive full inspections, drawn from a layout. */
export function RatingFlows({
  flows,
  titleId,
  descriptionId,
  beforeLabel,
  afterLabel,
  selected,
  onSelect,
}: RatingFlowsProps) {
  const marks = useSelectableMarks(
    flows.links.map((l) => l.link.id),
    selected,
    onSelect,
  );
  const narrow = flows.labelWidth < 100;
  const before = narrow ? 'Before' : beforeLabel;
  const after = narrow ? 'After' : afterLabel;
  // Where the two inspections' names cannot stand side by side, the later one goes on a line of its own.
  // Measured in bold, as they are drawn (in regular they fitted a 640 px embed and, bold, touched).
  const stacked =
    estimateTextWidth(before, 12, 700) + estimateTextWidth(after, 12, 700) + 16 > flows.width;
  const header = stacked ? 40 : 24;
  return (
    <ChartSvg
      className="app-flows"
      titleId={titleId}
      descriptionId={descriptionId}
      width={flows.width}
      height={flows.height + header}
      onKeyDown={marks.onKeyDown}
    >
      <g aria-hidden="true">
        <text x={4} y={14} fontSize={12} fontWeight={700}>
          {before}
        </text>
        <text
          x={flows.width - 4}
          y={stacked ? 30 : 14}
          fontSize={12}
          fontWeight={700}
          textAnchor="end"
        >
          {after}
        </text>
      </g>
      <g transform={`translate(0 ${header})`}>
        {flows.links.map((l) => (
          <g
            key={l.link.id}
            {...marks.mark(l.link.id, describeFlow(l.link, beforeLabel, afterLabel))}
          >
            <path
              d={l.path}
              className={`app-flows__link ${MOVEMENT_CLASS[l.link.flow.movement]}`}
            />
            <path d={l.path} fill="none" className={marks.ring(l.link.id)} />
            {/* A band's label is drawn only where it fits whole between the nodes; the band's
                accessible name and the table always carry it. */}
            {estimateTextWidth(linkLabel(l), 12) <= l.labelRoom ? (
              <text x={l.labelX} y={l.labelY} fontSize={12} pointerEvents="none">
                {linkLabel(l)}
              </text>
            ) : null}
          </g>
        ))}
        <g aria-hidden="true">
          {flows.nodes.map((n) => {
            const label = `${narrow ? SHORT[n.node.grade] : FLOW_GRADE_LABELS[n.node.grade]} (${n.count})`;
            const leftSide = n.node.side === 'before';
            return (
              <g key={n.node.id}>
                <NodeRect
                  box={n}
                  fill={n.node.grade === 'not-recorded' ? null : GRADE_STYLES[n.node.grade].fill}
                />
                <text
                  x={leftSide ? n.x0 - 6 : n.x1 + 6}
                  y={(n.y0 + n.y1) / 2 + 4}
                  fontSize={12}
                  textAnchor={leftSide ? 'end' : 'start'}
                >
                  {label}
                </text>
              </g>
            );
          })}
        </g>
      </g>
    </ChartSvg>
  );
}
