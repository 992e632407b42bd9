import { NATIONAL_LABELS, NATIONAL_SHORT, MOVEMENT_LABELS } from '../../domain/ordinalScale';
import type { RoundLink } from '../../domain/roundFlows';
import { nationalFill } from '../shared/palette';
import { NodeRect } from './NodeRect';
import { ChartSvg, useSelectableMarks } from '../shared/ChartSvg';
import { FocusDiamond } from '../shared/FocusDiamond';
import type { PlacedRoundFlows } from './layoutRoundFlows';

export interface RoundFlowsProps {
  flows: PlacedRoundFlows;
  titleId: string;
  descriptionId: string;
  selected: string | null;
  onSelect: (id: string | null) => void;
}

export const ROUND_FLOWS_DESCRIPTION =
  'Columns are each authority’s first, second, third … report; each band joins a grade in one report to the grade in the next, as thick as the number of authorities that made that move; ◆ marks North or West Northamptonshire.';

/** The key under the chart: colour is never the only cue. */
export const ROUND_FLOWS_KEY =
  'Band colours: green rose, red-purple fell, grey stayed, lilac dashed cannot be compared; the words are in each band’s label and the table. Nodes: grade colours as elsewhere, dashed for what is not a grade.';

const plural = (n: number) => `${n} ${n === 1 ? 'authority' : 'authorities'}`;

/** A band in words: from which grade to which, between which reports, how many, who is marked. */
export function describeRoundLink(l: RoundLink): string {
  const focus = l.authorities.filter((a) => a.focus).map((a) => a.name);
  const neighbours = l.authorities.filter((a) => a.neighbour).length;
  const movement = l.movement === 'unknown' ? 'cannot be compared' : MOVEMENT_LABELS[l.movement];
  return `${NATIONAL_LABELS[l.from]} in report ${l.round} to ${NATIONAL_LABELS[l.to]} in report ${l.round + 1}: ${plural(l.authorities.length)}, ${movement}${focus.length ? `, including ${focus.join(' and ')}` : ''}${neighbours ? `, ${neighbours} statistical ${neighbours === 1 ? 'neighbour' : 'neighbours'}` : ''}.`;
}

/** Every authority's grade report by report; each band between two reports is a button that lists its authorities. */
export function RoundFlows({ flows, titleId, descriptionId, selected, onSelect }: RoundFlowsProps) {
  const marks = useSelectableMarks(
    flows.links.map((l) => l.link.id),
    selected,
    onSelect,
  );
  const last = flows.columns.length;
  return (
    <ChartSvg
      className="app-flows"
      titleId={titleId}
      descriptionId={descriptionId}
      width={flows.width}
      height={flows.height}
      onKeyDown={marks.onKeyDown}
    >
      <g aria-hidden="true">
        {flows.columns.map((c) => (
          <text
            key={c.round}
            x={c.round === 1 ? 4 : c.round === last ? flows.width - 4 : c.x}
            y={14}
            fontSize={12}
            fontWeight={700}
            textAnchor={c.round === 1 ? 'start' : c.round === last ? 'end' : 'middle'}
          >
            {flows.narrow ? `R${c.round}` : `Report ${c.round}`}
          </text>
        ))}
      </g>
      {flows.links.map((l) => (
        <g key={l.link.id} {...marks.mark(l.link.id, describeRoundLink(l.link))}>
          <path d={l.path} className={`app-flows__link app-flows__link--${l.link.movement}`} />
          <path d={l.path} fill="none" className={marks.ring(l.link.id)} />
          {l.link.authorities.some((a) => a.focus) ? (
            <FocusDiamond cx={l.midX} cy={l.midY} halo />
          ) : null}
        </g>
      ))}
      <g aria-hidden="true">
        {flows.nodes.map((n) => {
          const leftOfNode = n.node.round === last;
          const count = n.node.authorities.length;
          return (
            <g key={n.node.id}>
              <NodeRect box={n} fill={nationalFill(n.node.grade)} />
              {n.y1 - n.y0 >= 11 ? (
                <text
                  x={leftOfNode ? n.x0 - 4 : n.x1 + 4}
                  y={(n.y0 + n.y1) / 2 + 4}
                  fontSize={12}
                  textAnchor={leftOfNode ? 'end' : 'start'}
                  className="app-svg__halo"
                >
                  {flows.narrow ? count : `${NATIONAL_SHORT[n.node.grade]} ${count}`}
                </text>
              ) : null}
            </g>
          );
        })}
      </g>
    </ChartSvg>
  );
}
