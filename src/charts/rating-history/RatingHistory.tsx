import { memo, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { formatPartialDate } from '../../domain/dates';
import type { HistoryGrade, HistoryRow } from '../../domain/calendarHistory';
import { NATIONAL_LABELS } from '../../domain/ordinalScale';
import type { NationalGrade } from '../../domain/types';
import { ChartSvg } from '../shared/ChartSvg';
import { FocusDiamond } from '../shared/FocusDiamond';
import { useRovingFocus } from '../shared/useRovingFocus';
import { MARK_STROKE, nationalFill } from '../shared/palette';
import {
  LABEL_SIZE,
  TICK_SIZE,
  type PlacedHistory,
  type PlacedHistoryRow,
  type PlacedLabel,
} from './layoutHistory';

export const gradeLabel = (g: HistoryGrade): string =>
  g === 'adequate' ? 'Adequate' : NATIONAL_LABELS[g];

/** A row in words: every report with its date and grade, and the line of succession. */
export function describeHistoryRow(row: HistoryRow): string {
  const reports = row.reports
    .map((r) => `${formatPartialDate(r.published)}: ${gradeLabel(r.grade).toLowerCase()}`)
    .join('; ');
  const lineage = row.lineage
    ? row.ownRecords
      ? ' Northamptonshire line of succession: the county council until 31 March 2021 (our records).'
      : ' Northamptonshire line of succession: from 1 April 2021, after the county council.'
    : '';
  return `${row.name}: ${row.reports.length === 0 ? 'no report' : `${row.reports.length} ${row.reports.length === 1 ? 'report' : 'reports'}, ${reports}`}.${lineage}`;
}

// A row's words are built once per row object: the filters and sorts reuse the row objects, so a
// redraw after a filter formats no date again.
const described = new WeakMap<HistoryRow, string>();
const describeOnce = (row: HistoryRow): string => {
  let text = described.get(row);
  if (text === undefined) described.set(row, (text = describeHistoryRow(row)));
  return text;
};

const gradeFill = (grade: HistoryGrade): string | null =>
  grade === 'adequate' ? '#F46A25' : nationalFill(grade);

/** A name, on as many lines as the layout gave it. */
function Label({ label }: { label: PlacedLabel }) {
  const lineHeight = label.fontSize + 3;
  return (
    <>
      {label.marker ? <FocusDiamond cx={label.marker.cx} cy={label.marker.cy} halo /> : null}
      <LabelText label={label} lineHeight={lineHeight} />
    </>
  );
}

function LabelText({ label, lineHeight }: { label: PlacedLabel; lineHeight: number }) {
  return (
    <text
      // On phones a name stands on the year lines and the line of succession: a ring of the
      // background keeps it whole to read.
      className="app-svg__halo"
      x={label.x}
      y={label.y}
      fontSize={label.fontSize}
      textAnchor={label.anchor}
      fontWeight={label.bold ? 700 : undefined}
    >
      {label.lines.length === 1
        ? label.lines[0]
        : label.lines.map((line, i) => (
            <tspan key={i} x={label.x} dy={i === 0 ? 0 : lineHeight}>
              {line}
            </tspan>
          ))}
    </text>
  );
}

/** A row button's handlers: made once per row id, so that a memoised row is not drawn again. */
interface RowHandlers {
  ref: (element: SVGElement | HTMLElement | null) => void;
  onFocus: () => void;
  onClick: () => void;
  onKeyDown: (event: KeyboardEvent) => void;
}

/**
 * The rows as buttons with one tab stop (arrow keys move between rows), as useSelectableMarks, but
 * with each row's handlers kept from one render to the next: a selection or a move of the tab
 * stop then draws again only the rows it changes, not all 154.
 */
function useRowButtons(
  ids: readonly string[],
  selected: string | null,
  onSelect: (id: string | null) => void,
) {
  const roving = useRovingFocus(ids, { initial: selected });
  const latest = useRef({ selected, onSelect });
  // After each commit (an effect, not a layout effect, so the server render stays quiet): a
  // handler runs on a click or key press, which comes after it.
  useEffect(() => {
    latest.current = { selected, onSelect };
  });
  const cache = useRef(new Map<string, RowHandlers>());
  const handlersOf = (id: string): RowHandlers => {
    let h = cache.current.get(id);
    if (!h) {
      // The roving tab stop's ref and focus handler depend on the id alone.
      const { ref, onFocus } = roving.itemProps(id);
      const toggle = () => latest.current.onSelect(latest.current.selected === id ? null : id);
      h = {
        ref,
        onFocus,
        onClick: toggle,
        onKeyDown: (event) => {
          if (event.key !== 'Enter' && event.key !== ' ') return;
          event.preventDefault();
          toggle();
        },
      };
      cache.current.set(id, h);
    }
    return h;
  };
  return { onKeyDown: roving.onKeyDown, active: roving.active, handlersOf };
}

/**
 * One row: its name, its gap labels, and (where the chart is interactive) the button that names
 * its reports, whose rectangle is both the place to click and the focus ring. The bands and ticks
 * of every row are drawn once for the whole chart.
 */
const Row = memo(function Row({
  p,
  width,
  name,
  tabIndex,
  ring,
  handlers,
}: {
  p: PlacedHistoryRow;
  width: number;
  /** The row in words (its accessible name), where the row is a button. */
  name: string | null;
  tabIndex: number;
  ring: string;
  handlers: RowHandlers | null;
}) {
  const content = (
    <>
      {p.label ? <Label label={p.label} /> : null}
      {p.gaps.map((g, i) => (
        <text key={i} x={g.x} y={g.y} fontSize={LABEL_SIZE} textAnchor="middle">
          {g.text}
        </text>
      ))}
    </>
  );
  if (!handlers || name === null) return content;
  return (
    <g
      role="button"
      aria-label={name}
      className="app-ladder__focusable"
      tabIndex={tabIndex}
      {...handlers}
    >
      {content}
      <rect
        x={1}
        y={p.y}
        width={width - 2}
        height={p.height}
        className={ring}
        pointerEvents="all"
      />
    </g>
  );
});

/** Every authority's grades on a calendar axis: each row a button that describes its reports. */
export const RatingHistory = memo(
  RatingHistoryChart,
  (a, b) =>
    a.layout === b.layout &&
    a.selected === b.selected &&
    a.interactive === b.interactive &&
    a.titleId === b.titleId &&
    a.descriptionId === b.descriptionId,
);

function RatingHistoryChart({
  layout,
  titleId,
  descriptionId,
  selected,
  onSelect,
  interactive,
}: {
  layout: PlacedHistory;
  titleId: string;
  descriptionId: string;
  selected: string | null;
  onSelect: (id: string | null) => void;
  interactive: boolean;
}) {
  const ids = useMemo(() => layout.rows.map((r) => r.row.id), [layout]);
  const buttons = useRowButtons(ids, selected, onSelect);
  const { top, plotLeft, plotRight, height } = layout;
  return (
    <ChartSvg
      className="app-history"
      titleId={titleId}
      descriptionId={descriptionId}
      width={layout.width}
      height={height}
      onKeyDown={interactive ? buttons.onKeyDown : undefined}
    >
      <g aria-hidden="true">
        {layout.legend.map((item) => {
          const fill =
            item.key === 'tick' || item.key === 'unknown'
              ? null
              : nationalFill(item.key as NationalGrade);
          return (
            <g key={item.key} transform={`translate(${item.x},${item.y})`}>
              {item.key === 'tick' ? (
                <line
                  x1={6}
                  x2={6}
                  y1={-10}
                  y2={2}
                  stroke="var(--app-chart-text)"
                  strokeWidth={1.5}
                />
              ) : (
                <rect
                  x={0}
                  y={-10}
                  width={12}
                  height={12}
                  fill={fill ?? 'var(--app-bg)'}
                  stroke={fill ? MARK_STROKE : 'var(--app-chart-text)'}
                  strokeDasharray={fill ? undefined : '2 2'}
                />
              )}
              <text x={16} y={0} fontSize={LABEL_SIZE}>
                {item.label}
              </text>
            </g>
          );
        })}
        <g className="app-history__axis">
          {layout.years.map((y) => (
            <g key={y.year}>
              <line
                x1={y.x}
                x2={y.x}
                y1={top - 4}
                y2={height - 8}
                stroke="var(--app-chart-grid, #b1b4b6)"
                strokeWidth={0.5}
              />
              {y.label ? (
                <text x={y.x + 2} y={top - 8} fontSize={TICK_SIZE}>
                  {y.year}
                </text>
              ) : null}
            </g>
          ))}
        </g>
        <line
          x1={plotLeft}
          x2={plotRight}
          y1={top - 1}
          y2={top - 1}
          stroke="var(--app-chart-text)"
        />
        {layout.bands.map(({ grade, d }) => {
          const fill = gradeFill(grade);
          return (
            <path
              key={grade}
              d={d}
              fill={fill ?? (layout.solid ? 'var(--app-chart-grid, #b1b4b6)' : 'var(--app-bg)')}
              stroke={layout.solid ? 'none' : fill ? MARK_STROKE : 'var(--app-chart-text)'}
              strokeWidth={fill ? 1 : 0.75}
              strokeDasharray={fill || layout.solid ? undefined : '2 2'}
            />
          );
        })}
        {layout.ticks ? (
          <path d={layout.ticks} stroke="var(--app-chart-text)" strokeWidth={1.5} />
        ) : null}
      </g>
      {/* Under the names, which stand over it on phones. */}
      {layout.succession ? (
        <g aria-hidden="true">
          <line
            x1={layout.succession.x}
            x2={layout.succession.x}
            y1={layout.succession.y1}
            y2={layout.succession.y2}
            stroke="var(--app-chart-text)"
            strokeWidth={2}
            strokeDasharray="4 2"
          />
          <line
            x1={2}
            x2={2}
            y1={layout.succession.y1}
            y2={layout.succession.y2}
            stroke="var(--app-chart-text)"
            strokeWidth={3}
          />
        </g>
      ) : null}
      {layout.rows.map((p) => (
        <Row
          key={p.row.id}
          p={p}
          width={layout.width}
          name={interactive ? describeOnce(p.row) : null}
          tabIndex={p.row.id === buttons.active ? 0 : -1}
          ring={`app-svg__focus${selected === p.row.id ? ' app-svg__focus--on' : ''}`}
          handlers={interactive ? buttons.handlersOf(p.row.id) : null}
        />
      ))}
    </ChartSvg>
  );
}
