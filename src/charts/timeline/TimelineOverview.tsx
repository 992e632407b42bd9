/**
 * The overview strip: the whole period with the window in view, which can be dragged (pan),
 * resized by its edges (zoom), or moved by a click elsewhere; as a slider it also takes
 * Left/Right (pan), + and − (zoom) and Home/End.
 */
import { useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { formatPartialDate } from '../../domain/dates';
import type { TimelineEvent } from '../../domain/timeline';
import type { Lane } from '../../domain/types';
import { layoutOverview } from './layoutOverview';
import { DAY } from './prepareEvents';
import { clampDomain, panDomain, zoomDomain, type Domain } from './zoomDomain';

export interface TimelineOverviewProps {
  events: readonly TimelineEvent[];
  lanes: readonly Lane[];
  full: Domain;
  domain: Domain;
  onDomainChange: (domain: Domain) => void;
  width: number;
}

const EDGE = 10;
const formatDay = (t: number) => formatPartialDate(new Date(t).toISOString().slice(0, 10));

type Drag = { mode: 'move' | 'from' | 'to'; startX: number; startDomain: Domain };

export function TimelineOverview({
  events,
  lanes,
  full,
  domain,
  onDomainChange,
  width,
}: TimelineOverviewProps) {
  const layout = useMemo(
    () => layoutOverview(events, { width, lanes, full, domain }),
    [events, width, lanes, full, domain],
  );
  const drag = useRef<Drag | null>(null);
  const perPx = (full[1] - full[0]) / (layout.x1 - layout.x0);
  const w = layout.window;

  const toX = (event: PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return ((event.clientX - box.left) / box.width) * layout.width;
  };
  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    const x = toX(event);
    let mode: Drag['mode'] = 'move';
    let start: Domain = domain;
    if (Math.abs(x - w.x0) <= EDGE) mode = 'from';
    else if (Math.abs(x - w.x1) <= EDGE) mode = 'to';
    else if (x < w.x0 || x > w.x1) {
      // A click outside the window centres it there, then the drag carries on from there.
      const centre = full[0] + (x - layout.x0) * perPx;
      const span = domain[1] - domain[0];
      start = clampDomain([centre - span / 2, centre + span / 2], full);
      onDomainChange(start);
    }
    drag.current = { mode, startX: x, startDomain: start };
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d) return;
    const shift = (toX(event) - d.startX) * perPx;
    const [a, b] = d.startDomain;
    if (d.mode === 'move') onDomainChange(clampDomain([a + shift, b + shift], full));
    else if (d.mode === 'from')
      onDomainChange(clampDomain([Math.min(a + shift, b - 14 * DAY), b], full));
    else onDomainChange(clampDomain([a, Math.max(b + shift, a + 14 * DAY)], full));
  };
  const onPointerUp = () => {
    drag.current = null;
  };
  const onKeyDown = (event: KeyboardEvent<SVGRectElement>) => {
    const span = domain[1] - domain[0];
    const next: Domain | null =
      event.key === 'ArrowLeft' || event.key === 'ArrowDown'
        ? panDomain(domain, -0.1, full)
        : event.key === 'ArrowRight' || event.key === 'ArrowUp'
          ? panDomain(domain, 0.1, full)
          : event.key === 'PageUp'
            ? panDomain(domain, -0.5, full)
            : event.key === 'PageDown'
              ? panDomain(domain, 0.5, full)
              : event.key === 'Home'
                ? clampDomain([full[0], full[0] + span], full)
                : event.key === 'End'
                  ? clampDomain([full[1] - span, full[1]], full)
                  : event.key === '+' || event.key === '='
                    ? zoomDomain(domain, 1.6, full)
                    : event.key === '-' || event.key === '_'
                      ? zoomDomain(domain, 1 / 1.6, full)
                      : null;
    if (!next) return;
    event.preventDefault();
    onDomainChange(next);
  };

  const totalDays = Math.round((full[1] - full[0]) / DAY);
  return (
    <svg
      className="app-svg app-tl-overview"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      role="group"
      aria-label="Overview of the whole period: drag the window or use the arrow keys to move it"
    >
      <g aria-hidden="true">
        {layout.rows.map((row) => (
          <g key={row.lane} className={`app-tl--${row.lane}`}>
            {row.xs.map((x) => (
              <line
                key={x}
                className="app-tl-overview__tick"
                x1={x}
                x2={x}
                y1={row.y - 2}
                y2={row.y + 2}
              />
            ))}
          </g>
        ))}
        {layout.ticks.map((t) => (
          <text
            key={`${t.x}-${t.label}`}
            className="app-tl__tick"
            x={t.x}
            y={layout.height - 4}
            textAnchor="middle"
          >
            {t.label}
          </text>
        ))}
      </g>
      <rect
        className="app-tl-overview__window"
        role="slider"
        tabIndex={0}
        aria-label="Period shown"
        aria-valuemin={0}
        aria-valuemax={totalDays}
        aria-valuenow={Math.round((domain[0] - full[0]) / DAY)}
        aria-valuetext={`Showing ${formatDay(domain[0])} to ${formatDay(domain[1] - DAY)}`}
        aria-orientation="horizontal"
        x={w.x0}
        width={w.x1 - w.x0}
        y={w.top}
        height={w.bottom - w.top}
        onKeyDown={onKeyDown}
      />
      <rect
        className="app-tl-overview__edge"
        x={w.x0 - 2}
        width={4}
        y={w.top + 6}
        height={w.bottom - w.top - 12}
        aria-hidden="true"
      />
      <rect
        className="app-tl-overview__edge"
        x={w.x1 - 2}
        width={4}
        y={w.top + 6}
        height={w.bottom - w.top - 12}
        aria-hidden="true"
      />
    </svg>
  );
}
