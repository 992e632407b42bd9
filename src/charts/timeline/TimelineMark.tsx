/**
 * One event's mark, drawn from its placed geometry. Graded inspections take the rating palette
 * and its pattern, and say the grade in the label; ungraded visits are hollow and dashed, so they
 * never read as grades; dates known only to a month or year are bands, never dots.
 */
import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import { GRADE_STYLES, MARK_STROKE } from '../shared/palette';
import type { PlacedCluster, PlacedDate, PlacedMark } from './timelineGeometry';

const HALF_ROW = 11;

interface MarkProps {
  mark: PlacedMark;
  /** Prefix for the ids of the chart's patterns and gradients (unique per chart). */
  defsId: string;
  label: string;
  tabbable: boolean;
  selected: boolean;
  onActivate: (id: string) => void;
  onKeyDown: (event: KeyboardEvent<SVGGElement>, id: string) => void;
  onFocus: (id: string) => void;
  /** Drawn as a picture: no name, keys, focus or pointer handling (see Timeline's `still`). */
  still?: boolean;
}

/** Draws a dot (day) or a band (month or year) for one date of a mark. */
function DateShape({
  date,
  y,
  className,
  fill,
  hollow,
}: {
  date: PlacedDate;
  y: number;
  className: string;
  fill?: string;
  hollow?: boolean;
}) {
  if (date.band)
    return (
      <rect
        className={`${className} app-tl__band${hollow ? ' app-tl__hollow' : ''}`}
        x={date.x0}
        width={Math.max(1, date.x1 - date.x0)}
        y={y - 7}
        height={14}
        rx={2}
        fill={fill}
        stroke={fill}
      />
    );
  return (
    <circle
      className={`${className}${hollow ? ' app-tl__hollow' : ''}`}
      cx={date.cx}
      cy={y}
      r={6}
      fill={fill}
      stroke={hollow ? fill : MARK_STROKE}
    />
  );
}

function MarkBody({ mark, defsId }: { mark: PlacedMark; defsId: string }) {
  const { event: e, y } = mark;
  const gradeStyle = e.grade ? GRADE_STYLES[e.grade] : null;
  const fill = gradeStyle?.fill;
  const base = gradeStyle
    ? `app-tl__grade app-tl__grade--${e.grade}`
    : e.graded === false
      ? 'app-tl__ungraded'
      : 'app-tl__fill';
  const isMilestoneDot = e.record !== 'inspection' && !mark.start.band;
  const pattern = gradeStyle?.pattern ? `url(#${defsId}-${gradeStyle.pattern})` : null;
  return (
    <>
      {mark.altStarts.map((alt, i) => (
        <g key={`alt-${i}`} className="app-tl__alt">
          <line x1={mark.start.cx} x2={alt.cx} y1={y} y2={y} className="app-tl__join" />
          <DateShape date={alt} y={y} className={base} fill={fill} hollow />
        </g>
      ))}
      {mark.expected ? (
        <>
          <line
            x1={mark.expected.x0}
            x2={mark.expected.x1}
            y1={y}
            y2={y}
            className="app-tl__expected-line"
          />
          <DateShape date={mark.expected.by} y={y} className="app-tl__fill" hollow />
        </>
      ) : null}
      {mark.tail ? (
        <>
          <rect
            x={mark.tail.x0}
            width={Math.max(1, mark.tail.x1 - mark.tail.x0)}
            y={y - 3}
            height={6}
            fill={`url(#${defsId}-tail-${e.lane})`}
            className="app-tl__tail"
          />
          {mark.altEnds.map((alt, i) => (
            <DateShape key={`end-${i}`} date={alt} y={y} className="app-tl__fill" hollow />
          ))}
        </>
      ) : null}
      {mark.bar ? (
        <rect
          className={e.graded === false ? 'app-tl__ungraded app-tl__hollow' : base}
          x={mark.bar.x0}
          width={Math.max(1, mark.bar.x1 - mark.bar.x0)}
          y={y - 5}
          height={10}
          fill={fill}
          stroke={e.graded === false ? undefined : MARK_STROKE}
        />
      ) : null}
      {mark.end?.band ? (
        <DateShape date={mark.end} y={y} className={base} fill={fill} hollow={e.graded === false} />
      ) : null}
      {isMilestoneDot ? (
        <rect
          className={`${base}${e.expected ? ' app-tl__hollow' : ''}`}
          x={mark.start.cx - 5}
          y={y - 5}
          width={10}
          height={10}
          transform={`rotate(45 ${mark.start.cx} ${y})`}
          stroke={e.expected ? undefined : MARK_STROKE}
        />
      ) : mark.undated ? (
        <>
          <circle className="app-tl__undated" cx={mark.start.cx} cy={y} r={7} />
          <text
            className="app-tl__undated-text"
            x={mark.start.cx}
            y={y + 4}
            textAnchor="middle"
            aria-hidden="true"
          >
            ?
          </text>
        </>
      ) : (
        <DateShape
          date={mark.start}
          y={y}
          className={base}
          fill={fill}
          hollow={e.graded === false || Boolean(e.expected)}
        />
      )}
      {pattern && !mark.undated ? (
        mark.start.band || mark.bar ? (
          <rect
            x={mark.bar ? mark.bar.x0 : mark.start.x0}
            width={Math.max(
              1,
              (mark.bar ? mark.bar.x1 : mark.start.x1) - (mark.bar ? mark.bar.x0 : mark.start.x0),
            )}
            y={y - 5}
            height={10}
            fill={pattern}
            className="app-tl__pattern"
          />
        ) : (
          <circle cx={mark.start.cx} cy={y} r={6} fill={pattern} className="app-tl__pattern" />
        )
      ) : null}
    </>
  );
}

type ButtonHandlers = Pick<
  MarkProps,
  'label' | 'tabbable' | 'onActivate' | 'onKeyDown' | 'onFocus'
>;

/** What makes a mark or a cluster a keyboard- and pointer-operable button, named by `id`. */
const buttonProps = (
  id: string,
  { label, tabbable, onActivate, onKeyDown, onFocus }: ButtonHandlers,
) => ({
  role: 'button',
  tabIndex: tabbable ? 0 : -1,
  'aria-label': label,
  'data-nav-id': id,
  onClick: (event: MouseEvent) => {
    event.stopPropagation();
    onActivate(id);
  },
  onKeyDown: (event: KeyboardEvent<SVGGElement>) => onKeyDown(event, id),
  onFocus: () => onFocus(id),
});

/** An event's mark as a keyboard- and pointer-operable button (or, still, a picture of one). */
export const TimelineMark = memo(function TimelineMark({
  mark,
  defsId,
  label,
  tabbable,
  selected,
  onActivate,
  onKeyDown,
  onFocus,
  still = false,
}: MarkProps) {
  const hitX0 = Math.min(mark.x0, mark.start.cx - 12);
  const hitX1 = Math.max(mark.x1, mark.start.cx + 12);
  return (
    <g
      {...(!still && {
        ...buttonProps(mark.id, { label, tabbable, onActivate, onKeyDown, onFocus }),
        'aria-pressed': selected,
      })}
      className={`app-tl__mark app-tl--${mark.lane}${mark.faded ? ' app-tl__mark--faded' : ''}`}
    >
      <rect
        className="app-tl__hit"
        x={hitX0}
        width={hitX1 - hitX0}
        y={mark.y - HALF_ROW}
        height={HALF_ROW * 2}
      />
      <MarkBody mark={mark} defsId={defsId} />
      {selected ? (
        <rect
          className="app-tl__selected"
          x={mark.x0 - 4}
          width={mark.x1 - mark.x0 + 8}
          y={mark.y - HALF_ROW}
          height={HALF_ROW * 2}
          rx={4}
        />
      ) : null}
      {mark.label ? (
        <text className="app-tl__label" x={mark.label.x} y={mark.y + 4}>
          {mark.label.text}
        </text>
      ) : null}
    </g>
  );
});

/** A count of events too close together to draw one by one; Enter or a click zooms in. */
export const TimelineCluster = memo(function TimelineCluster({
  cluster,
  label,
  tabbable,
  onActivate,
  onKeyDown,
  onFocus,
  still = false,
}: {
  cluster: PlacedCluster;
  label: string;
  tabbable: boolean;
  onActivate: (id: string) => void;
  onKeyDown: (event: KeyboardEvent<SVGGElement>, id: string) => void;
  onFocus: (id: string) => void;
  still?: boolean;
}) {
  const w = cluster.x1 - cluster.x0;
  return (
    <g
      {...(!still && buttonProps(cluster.id, { label, tabbable, onActivate, onKeyDown, onFocus }))}
      className={`app-tl__cluster app-tl--${cluster.lane}${cluster.faded ? ' app-tl__mark--faded' : ''}`}
    >
      <rect
        className="app-tl__cluster-box"
        x={cluster.x0}
        width={w}
        y={cluster.y - HALF_ROW}
        height={HALF_ROW * 2}
        rx={4}
      />
      <text
        className="app-tl__cluster-text"
        x={cluster.x0 + w / 2}
        y={cluster.y + 4}
        textAnchor="middle"
      >
        {cluster.ids.length > 999 ? '999+' : cluster.ids.length}
      </text>
    </g>
  );
});
