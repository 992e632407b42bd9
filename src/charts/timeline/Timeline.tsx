/**
 * The Timeline chart: lanes of events on one time axis. It draws what layoutTimeline places and
 * turns gestures (wheel, drag, pinch via d3-zoom) and keys into new views and selections; the
 * view itself (period, lanes, selection, as-at) is owned by the screen, which keeps it in the URL.
 */
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import type { TimelineEvent } from '../../domain/timeline';
import type { Lane } from '../../domain/types';
import { describeCluster, describeEvent } from './describeEvent';
import { layoutTimeline } from './layoutTimeline';
import { prepareEvent } from './prepareEvents';
import type { AttachedZoom } from './attachZoom';
import { TimelineDefs } from './TimelineDefs';
import { TimelineCluster, TimelineMark } from './TimelineMark';
import { getNavTarget, toNavMove } from './timelineNav';
import { fitPeriod, MIN_SPAN, revealPeriod, zoomDomain, type Domain } from './zoomDomain';

export interface TimelineProps {
  /** All events, in time order; the chart shows those in `lanes`. */
  events: readonly TimelineEvent[];
  lanes: readonly Lane[];
  laneLabels: Readonly<Record<Lane, string>>;
  /** The visible period and the whole extent (UTC ms). */
  domain: Domain;
  full: Domain;
  onDomainChange: (domain: Domain) => void;
  /** The instant after the as-at day (null: none), and its label ("As at 30 Nov 2018"). */
  asAt: number | null;
  asAtLabel: string | null;
  selectedId: string | null;
  onSelect: (id: string) => void;
  width: number;
  titleId: string;
  descriptionId: string;
  /**
   * A still picture of the chart (the briefing's inert copy): the marks are drawn alike but carry
   * no names, keys or focus, and no zoom is attached, nor its code loaded.
   */
  still?: boolean;
  /** Row height and rows per lane (a slide's, to fit its height); the layout's defaults otherwise. */
  rows?: { rowHeight: number; maxRows: number };
}

const ZOOM_STEP = 1.6;

export function Timeline({
  events,
  lanes,
  laneLabels,
  domain,
  full,
  onDomainChange,
  asAt,
  asAtLabel,
  selectedId,
  onSelect,
  width,
  titleId,
  descriptionId,
  still = false,
  rows,
}: TimelineProps) {
  const defsId = `tl${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const svgRef = useRef<SVGSVGElement>(null);
  const layout = useMemo(
    () => layoutTimeline(events, { width, domain, lanes, laneLabels, asAt, ...rows }),
    [events, width, domain, lanes, laneLabels, asAt, rows],
  );
  const order = useMemo(() => {
    const shown = new Set(lanes);
    return events.filter((e) => shown.has(e.lane));
  }, [events, lanes]);

  const [activeId, setActiveId] = useState<string | null>(null);
  const pendingFocus = useRef(false);
  const rendered = useMemo(() => {
    const ids = new Set(layout.marks.map((m) => m.id));
    layout.clusters.forEach((c) => ids.add(c.id));
    return ids;
  }, [layout]);
  const navIdOf = useCallback(
    (id: string | null) => (id ? (layout.clusterOf.get(id) ?? id) : null),
    [layout],
  );
  const preferred = navIdOf(activeId ?? selectedId);
  const firstRendered = useMemo(() => {
    for (const e of order) {
      const id = navIdOf(e.id);
      if (id !== null && rendered.has(id)) return id;
    }
    return null;
  }, [order, navIdOf, rendered]);
  const tabbableId = preferred && rendered.has(preferred) ? preferred : firstRendered;

  // Move focus to the element of the event (or its cluster) the keyboard moved to.
  useEffect(() => {
    if (!pendingFocus.current) return;
    const target = navIdOf(activeId);
    const el = [...(svgRef.current?.querySelectorAll<SVGGElement>('[data-nav-id]') ?? [])].find(
      (node) => node.dataset.navId === target,
    );
    if (el) {
      pendingFocus.current = false;
      el.focus();
    }
  });

  const goTo = useCallback(
    (id: string) => {
      setActiveId(id);
      pendingFocus.current = true;
      const event = events.find((e) => e.id === id);
      const p = event ? prepareEvent(event) : null;
      if (p?.start && !rendered.has(navIdOf(id) ?? ''))
        onDomainChange(revealPeriod(domain, p.start.from, p.start.until, full));
    },
    [events, rendered, navIdOf, onDomainChange, domain, full],
  );

  const activate = useCallback(
    (navId: string) => {
      const cluster = layout.clusters.find((c) => c.id === navId);
      if (cluster) {
        setActiveId(cluster.ids[0] ?? null);
        pendingFocus.current = true;
        onDomainChange(fitPeriod(cluster.from, cluster.until, full));
      } else {
        setActiveId(navId);
        onSelect(navId);
      }
    },
    [layout, onDomainChange, onSelect, full],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<SVGGElement>, navId: string | null) => {
      const cluster = navId ? layout.clusters.find((c) => c.id === navId) : undefined;
      const current = cluster ? (cluster.ids[0] ?? null) : navId;
      if (navId && (event.key === 'Enter' || event.key === ' ')) {
        event.preventDefault();
        activate(navId);
        return;
      }
      if (event.key === '+' || event.key === '=' || event.key === '-' || event.key === '_') {
        event.preventDefault();
        const e = current ? events.find((x) => x.id === current) : undefined;
        const t = e ? prepareEvent(e).start?.from : undefined;
        // Zoom about the focused event, or about the nearer edge when it starts out of view.
        const at = t === undefined ? undefined : Math.min(Math.max(t, domain[0]), domain[1]);
        const factor = event.key === '+' || event.key === '=' ? ZOOM_STEP : 1 / ZOOM_STEP;
        if (current) setActiveId(current);
        pendingFocus.current = true;
        onDomainChange(zoomDomain(domain, factor, full, at));
        return;
      }
      const move = toNavMove(event.key);
      if (!move) return;
      event.preventDefault();
      const target = getNavTarget(order, current, move, lanes, layout.clusterOf);
      if (target) goTo(target);
    },
    [layout, activate, events, onDomainChange, domain, full, order, lanes, goTo],
  );
  const onFocus = useCallback(
    (navId: string) => {
      const cluster = layout.clusters.find((c) => c.id === navId);
      setActiveId(cluster ? (cluster.ids[0] ?? null) : navId);
    },
    [layout],
  );

  useTimelineZoom(svgRef, {
    domain,
    full,
    x0: layout.plot.x0,
    x1: layout.plot.x1,
    height: layout.height,
    onDomainChange,
    enabled: !still,
  });

  const { plot } = layout;
  const clipId = `${defsId}-clip`;
  return (
    <svg
      ref={svgRef}
      className="app-svg app-tl"
      role="group"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      width={width}
      height={layout.height}
      viewBox={`0 0 ${width} ${layout.height}`}
    >
      <TimelineDefs
        id={defsId}
        lanes={lanes}
        clip={{ id: clipId, x: plot.x0 - 2, width: plot.x1 - plot.x0 + 4, height: layout.height }}
      />
      {layout.lanes.map((lane, i) => (
        <g key={lane.lane} className={`app-tl--${lane.lane}`}>
          <rect
            className={i % 2 ? 'app-tl__lane' : 'app-tl__lane app-tl__lane--alt'}
            x={0}
            width={width}
            y={lane.top}
            height={lane.height}
          />
          <text className="app-tl__lane-label" x={lane.labelX} y={lane.labelY + 4}>
            {lane.labelLines.map((line, j) => (
              <tspan key={j} x={lane.labelX} dy={j === 0 ? 0 : 15}>
                {/* A space between wrapped lines, so the label reads "inspections and visits". */}
                {j < lane.labelLines.length - 1 ? `${line} ` : line}
              </tspan>
            ))}
          </text>
        </g>
      ))}
      {layout.asAt.fadeFrom !== null ? (
        <rect
          className="app-tl__after"
          x={layout.asAt.fadeFrom}
          width={Math.max(0, plot.x1 - layout.asAt.fadeFrom)}
          y={plot.top}
          height={plot.bottom - plot.top}
        />
      ) : null}
      <g aria-hidden="true">
        {layout.ticks.map((t) => (
          <g key={`${t.x}-${t.label}`}>
            <line
              className={t.major ? 'app-svg__grid app-tl__grid--major' : 'app-svg__grid'}
              x1={t.x}
              x2={t.x}
              y1={plot.top}
              y2={plot.bottom}
            />
            <text
              className="app-tl__tick"
              x={t.x}
              y={plot.bottom + 18}
              textAnchor={t.x > width - 24 ? 'end' : t.x < 24 ? 'start' : 'middle'}
            >
              {t.label}
            </text>
          </g>
        ))}
      </g>
      {layout.gutter ? (
        <g>
          <line
            className="app-svg__grid"
            x1={layout.gutter.x0}
            x2={layout.gutter.x0}
            y1={plot.top}
            y2={plot.bottom}
          />
          <text
            className="app-tl__tick"
            x={(layout.gutter.x0 + layout.gutter.x1) / 2}
            y={plot.bottom + 18}
            textAnchor="middle"
          >
            {layout.gutter.label}
          </text>
        </g>
      ) : null}
      <g clipPath={`url(#${clipId})`}>
        {layout.clusters.map((c) => (
          <TimelineCluster
            key={c.id}
            cluster={c}
            label={still ? '' : describeCluster(c)}
            tabbable={tabbableId === c.id}
            still={still}
            onActivate={activate}
            onKeyDown={onKeyDown}
            onFocus={onFocus}
          />
        ))}
      </g>
      {[false, true].map((undated) => (
        <g key={String(undated)} clipPath={undated ? undefined : `url(#${clipId})`}>
          {layout.marks
            .filter((m) => m.undated === undated)
            .map((m) => (
              <TimelineMark
                key={m.id}
                mark={m}
                defsId={defsId}
                label={still ? '' : describeEvent(m.event, m.faded)}
                tabbable={tabbableId === m.id}
                still={still}
                selected={selectedId === m.id}
                onActivate={activate}
                onKeyDown={onKeyDown}
                onFocus={onFocus}
              />
            ))}
        </g>
      ))}
      {tabbableId === null ? (
        <g
          {...(!still && {
            role: 'button',
            tabIndex: 0,
            'aria-label': 'No events in view. Press Home for the first event, or zoom out.',
            onKeyDown: (event: KeyboardEvent<SVGGElement>) => onKeyDown(event, null),
          })}
        >
          <text
            className="app-tl__tick"
            x={(plot.x0 + plot.x1) / 2}
            y={(plot.top + plot.bottom) / 2}
            textAnchor="middle"
          >
            No events in view
          </text>
        </g>
      ) : null}
      {layout.asAt.x !== null && asAtLabel ? (
        <g className="app-tl__as-at" aria-hidden="true">
          <line x1={layout.asAt.x} x2={layout.asAt.x} y1={plot.top - 4} y2={plot.bottom} />
          <text
            x={layout.asAt.x > plot.x1 - 120 ? layout.asAt.x - 4 : layout.asAt.x + 4}
            y={plot.top - 8}
            textAnchor={layout.asAt.x > plot.x1 - 120 ? 'end' : 'start'}
          >
            {asAtLabel}
          </text>
        </g>
      ) : null}
    </svg>
  );
}

/**
 * Wheel, drag and pinch, attached once d3-zoom has loaded (see attachZoom.ts for why it loads
 * lazily). The gesture state follows the view whenever the view changes.
 */
function useTimelineZoom(
  ref: RefObject<SVGSVGElement | null>,
  {
    domain,
    full,
    x0,
    x1,
    height,
    onDomainChange,
    enabled,
  }: {
    domain: Domain;
    full: Domain;
    x0: number;
    x1: number;
    height: number;
    onDomainChange: (d: Domain) => void;
    enabled: boolean;
  },
) {
  const attached = useRef<AttachedZoom | null>(null);
  const latest = useRef({ onDomainChange, domain });
  useEffect(() => {
    latest.current = { onDomainChange, domain };
  });
  const [f0, f1] = full;
  useEffect(() => {
    const svg = ref.current;
    if (!svg || !enabled) return;
    let live = true;
    void import('./attachZoom')
      .then(({ attachZoom }) => {
        if (!live) return;
        const zoom = attachZoom(svg, { full: [f0, f1], x0, x1, height, minSpan: MIN_SPAN }, (d) =>
          latest.current.onDomainChange(d),
        );
        zoom.sync(latest.current.domain);
        attached.current = zoom;
      })
      .catch(() => {
        // Offline or a failed chunk: gestures stay off; buttons, keys and the overview still work.
      });
    return () => {
      live = false;
      attached.current?.detach();
      attached.current = null;
    };
  }, [ref, f0, f1, x0, x1, height, enabled]);
  useEffect(() => {
    attached.current?.sync(domain);
  }, [domain]);
}
