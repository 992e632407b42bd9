/**
 * The timeline on a phone: a vertical list of events (see layoutTimelineList). Each row is a
 * button named as on the desktop chart; one row is in the tab order, Up and Down (or Left and
 * Right) move between events in time order, Home and End go to the first and last, Enter or
 * Space opens the details.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { TimelineEvent } from '../../domain/timeline';
import type { Lane } from '../../domain/types';
import { GRADE_STYLES, MARK_STROKE } from '../shared/palette';
import { describeEvent } from './describeEvent';
import {
  LIST_DATE_X,
  LIST_SIZES,
  layoutTimelineList,
  type PlacedListRow,
} from './layoutTimelineList';
import type { Domain } from './zoomDomain';

export interface TimelineListProps {
  events: readonly TimelineEvent[];
  lanes: readonly Lane[];
  laneLabels: Readonly<Record<Lane, string>>;
  domain: Domain;
  asAt: number | null;
  asAtLabel: string | null;
  selectedId: string | null;
  onSelect: (id: string) => void;
  width: number;
  titleId: string;
  descriptionId: string;
  /** A still picture: rows carry no names, keys or focus. */
  still?: boolean;
}

const NEXT: Record<string, 1 | -1> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

function Glyph({ row, x, y }: { row: PlacedListRow; x: number; y: number }) {
  const e = row.event;
  const grade = e.grade ? GRADE_STYLES[e.grade] : null;
  const className = grade
    ? `app-tl__grade app-tl__grade--${e.grade}`
    : row.hollow
      ? 'app-tl__ungraded app-tl__hollow'
      : 'app-tl__fill';
  const hollow = row.hollow ? ' app-tl__hollow' : '';
  if (row.glyph === 'undated') return <circle className="app-tl__undated" cx={x} cy={y} r={6} />;
  if (row.glyph === 'band')
    return (
      <rect
        className={`${className} app-tl__band${hollow}`}
        x={x - 8}
        y={y - 6}
        width={16}
        height={12}
        rx={2}
        fill={grade?.fill}
        stroke={grade?.fill}
      />
    );
  if (row.glyph === 'diamond')
    return (
      <rect
        className={`${className}${hollow}`}
        x={x - 5}
        y={y - 5}
        width={10}
        height={10}
        transform={`rotate(45 ${x} ${y})`}
        stroke={row.hollow ? undefined : MARK_STROKE}
      />
    );
  return (
    <circle
      className={`${className}${hollow}`}
      cx={x}
      cy={y}
      r={6}
      fill={grade?.fill}
      stroke={row.hollow ? grade?.fill : MARK_STROKE}
    />
  );
}

export function TimelineList({
  events,
  lanes,
  laneLabels,
  domain,
  asAt,
  asAtLabel,
  selectedId,
  onSelect,
  width,
  titleId,
  descriptionId,
  still = false,
}: TimelineListProps) {
  const layout = useMemo(
    () => layoutTimelineList(events, { width, domain, lanes, laneLabels, asAt, asAtLabel }),
    [events, width, domain, lanes, laneLabels, asAt, asAtLabel],
  );
  const [activeId, setActiveId] = useState<string | null>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const pendingFocus = useRef(false);
  const ids = layout.rows.map((r) => r.id);
  const preferred = activeId ?? selectedId;
  const tabbableId = preferred && ids.includes(preferred) ? preferred : (ids[0] ?? null);

  useEffect(() => {
    if (!pendingFocus.current || !activeId) return;
    pendingFocus.current = false;
    svgRef.current?.querySelector<SVGGElement>(`[data-nav-id="${CSS.escape(activeId)}"]`)?.focus();
  }, [activeId]);

  const onKeyDown = (event: KeyboardEvent<SVGGElement>, id: string) => {
    const i = ids.indexOf(id);
    let target: string | undefined;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      setActiveId(id);
      onSelect(id);
      return;
    }
    if (event.key in NEXT) target = ids[i + NEXT[event.key]!];
    else if (event.key === 'Home') target = ids[0];
    else if (event.key === 'End') target = ids[ids.length - 1];
    else return;
    event.preventDefault();
    if (target === undefined) return;
    pendingFocus.current = true;
    setActiveId(target);
  };

  const { spine, textX } = layout;
  const mid = (row: PlacedListRow) => row.top + 6 + LIST_SIZES.line / 2 + 1;
  return (
    <svg
      ref={svgRef}
      className="app-svg app-tl app-tl--list"
      role="group"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      width={width}
      height={layout.height}
      viewBox={`0 0 ${width} ${layout.height}`}
    >
      {layout.rows.length ? (
        <line
          className="app-svg__grid"
          x1={spine.x}
          x2={spine.x}
          y1={spine.top}
          y2={spine.bottom}
          aria-hidden="true"
        />
      ) : (
        <text className="app-tl__tick" x={8} y={28}>
          No events in this period or these lanes
        </text>
      )}
      {layout.headings.map((h) => (
        <text key={h.label} className="app-tl__year" x={LIST_DATE_X} y={h.y} aria-hidden="true">
          {h.label}
        </text>
      ))}
      {layout.rows.map((row) => {
        const y = mid(row);
        const selected = selectedId === row.id;
        return (
          <g
            key={row.id}
            className={`app-tl__mark app-tl--${row.lane}${row.faded ? ' app-tl__mark--faded' : ''}`}
            {...(!still && {
              role: 'button',
              tabIndex: tabbableId === row.id ? 0 : -1,
              'aria-label': describeEvent(row.event, row.faded),
              'aria-pressed': selected,
              'data-nav-id': row.id,
              onClick: () => {
                setActiveId(row.id);
                onSelect(row.id);
              },
              onKeyDown: (event: KeyboardEvent<SVGGElement>) => onKeyDown(event, row.id),
              onFocus: () => setActiveId(row.id),
            })}
          >
            <rect
              className="app-tl__hit"
              x={2}
              y={row.top + 2}
              width={width - 4}
              height={row.height - 4}
            />
            <Glyph row={row} x={spine.x} y={y} />
            <rect
              className="app-tl__swatch"
              x={textX}
              y={y - 5}
              width={10}
              height={10}
              aria-hidden="true"
            />
            {selected ? (
              <rect
                className="app-tl__selected"
                x={2}
                y={row.top + 2}
                width={width - 4}
                height={row.height - 4}
                rx={4}
              />
            ) : null}
            <text className="app-tl__label" aria-hidden="true">
              {row.date ? (
                <tspan className="app-tl__list-date" x={LIST_DATE_X} y={y + 4}>
                  {row.date}
                </tspan>
              ) : null}
              <tspan className="app-tl__list-lane" x={textX + 16} y={y + 4}>
                {row.laneLabel}
              </tspan>
              {row.lines.map((line, i) => (
                <tspan
                  key={i}
                  className="app-tl__list-name"
                  x={textX}
                  y={y + 4 + LIST_SIZES.line * (i + 1)}
                >
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
      {layout.asAt ? (
        <g className="app-tl__as-at" aria-hidden="true">
          <line x1={spine.x - 10} x2={width - 4} y1={layout.asAt.y} y2={layout.asAt.y} />
          <text x={textX} y={layout.asAt.y - 6}>
            {layout.asAt.label}
          </text>
        </g>
      ) : null}
    </svg>
  );
}
