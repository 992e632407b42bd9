/** The timeline as a chart spec: every inspection and milestone in lanes on one time axis. */
import {
  formatPartialDate,
  formatPartialDateShort,
  toDayRange,
  toExclusiveEnd,
  toIsoDay,
  type PartialDate,
} from '../../domain/dates';
import {
  isLane,
  LANE_LABELS,
  LANE_SHORT_LABELS,
  TIMELINE_LANES,
  toTimelineEvents,
  type TimelineEvent,
} from '../../domain/timeline';
import { overlapsRange, summariseTimeline } from '../../domain/timelineSummary';
import type {
  GovernanceFile,
  InspectionsFile,
  Lane,
  MetaFile,
  MilestonesFile,
} from '../../domain/types';
import { toTimelineTable } from '../chart-data/timelineTable';
import { readAsAt } from '../shared/params';
import { defineChart, type Surface } from '../shared/spec';
import { LOCAL_SOURCES } from '../shared/sourceLines';
import { DAY, getFullExtent } from './prepareEvents';
import { layoutTimeline } from './layoutTimeline';
import { LIST_MAX_WIDTH } from './layoutTimelineList';
import { Timeline } from './Timeline';
import { TimelineList } from './TimelineList';
import { domainFromUrl, type Domain } from './zoomDomain';

/** The period the timeline opens on: 2013 to 2021, where the story is. */
export const DEFAULT_DOMAIN: Domain = [Date.UTC(2013, 0, 1), Date.UTC(2022, 0, 1)];

export interface TimelineParams {
  asAt: PartialDate;
  lanes: readonly Lane[];
  /** The period from the address (inclusive days), or null for the default. */
  from: string | null;
  to: string | null;
  /** A period set inside the chart (zoom, pan), over the address's. */
  domain?: Domain;
}

export interface TimelineModel {
  events: readonly TimelineEvent[];
  /** The whole extent of the data and its coverage (UTC ms). */
  full: Domain;
}

export interface TimelineLayout {
  domain: Domain;
  width: number;
  laneLabels: Readonly<Record<Lane, string>>;
  /** On a slide: rows of this height, and at most this many per lane, so the lanes fit its height. */
  rows?: { rowHeight: number; maxRows: number };
  /** A phone's width: the events as a vertical list (TimelineList), not the lanes shrunk. */
  list: boolean;
}

/** A slide's row height: 12 px labels and 12 px dots still fit. */
const SLIDE_ROW = 20;

/** The lanes of an address: absent = all, "none" = none, else those named. */
export function parseLanes(value: string | null): Lane[] {
  if (value === null) return [...TIMELINE_LANES];
  if (value === 'none') return [];
  const wanted = new Set(value.split(','));
  return TIMELINE_LANES.filter((l) => wanted.has(l) && isLane(l));
}

/**
 * The events of the timeline. A milestone names the bodies involved by their short names, except
 * the county council, which is the subject of nearly every event and would only repeat.
 */
export function toTimelineModel(
  inspections: InspectionsFile,
  milestones: MilestonesFile,
  governance: GovernanceFile,
  meta: MetaFile,
): TimelineModel {
  const names = new Map(
    governance.bodies
      .filter((b) => b.id !== 'northamptonshire-county-council')
      .map((b) => [b.id, b.shortName] as const),
  );
  const events = toTimelineEvents(inspections.inspections, milestones.milestones, names);
  const full = getFullExtent(events, [
    toDayRange(meta.coverage.from).first,
    toExclusiveEnd(meta.coverage.to).getTime(),
  ]);
  return { events, full };
}

/** The period shown: set in the chart, else from the address, else the default, within the data. */
export const getTimelineDomain = (
  model: TimelineModel,
  params: TimelineParams,
  surface: Surface = 'page',
): Domain =>
  surface === 'compact'
    ? model.full
    : (params.domain ?? domainFromUrl(params.from, params.to, DEFAULT_DOMAIN, model.full));

/** The events shown in a period and lanes, for the table and the summary. */
export const getShownEvents = (
  events: readonly TimelineEvent[],
  lanes: readonly Lane[],
  domain: Domain,
) => {
  const set = new Set<Lane>(lanes);
  return events.filter(
    (e) => set.has(e.lane) && (e.start === null || overlapsRange(e, domain[0], domain[1] - DAY)),
  );
};

const yearOf = (ms: number) => new Date(ms).getUTCFullYear();

export const timelineSpec = defineChart({
  name: 'timeline',
  label: 'Timeline',
  fullView: '/timeline',
  source: LOCAL_SOURCES,
  data: ['inspections.json', 'milestones.json', 'governance.json'],
  fallbackWidth: 960,
  readParams: (query, data): TimelineParams => ({
    asAt: readAsAt(query, data['meta.json']),
    lanes: parseLanes(query.get('lanes')),
    from: query.get('from'),
    to: query.get('to'),
  }),
  // The events depend on the data alone: zooming, panning or choosing lanes never rebuilds them.
  modelKey: () => '',
  toModel: (data) =>
    toTimelineModel(
      data['inspections.json'],
      data['milestones.json'],
      data['governance.json'],
      data['meta.json'],
    ),
  layout: (model, params, { surface, width, height }): TimelineLayout => {
    const domain = getTimelineDomain(model, params, surface);
    if (surface === 'slide' && height !== undefined) {
      // The most rows per lane (up to the page's 4) whose lanes fit the slide's height; denser
      // stretches become counted clusters, whose events the table lists.
      const laneLabels = width < 600 ? LANE_SHORT_LABELS : LANE_LABELS;
      const asAt = toExclusiveEnd(params.asAt).getTime();
      const fits = (maxRows: number) =>
        layoutTimeline(model.events, {
          width,
          domain,
          lanes: params.lanes,
          laneLabels,
          asAt,
          rowHeight: SLIDE_ROW,
          maxRows,
        }).height <= height;
      const maxRows = [4, 3, 2].find(fits) ?? 1;
      return { domain, width, laneLabels, rows: { rowHeight: SLIDE_ROW, maxRows }, list: false };
    }
    // The compact copy is laid out at its own column's width, not scaled down from a wider one:
    // scaled, its 12 px text was 6 px on screen (issue 19).
    if (surface === 'compact') return { domain, width, laneLabels: LANE_SHORT_LABELS, list: false };
    // On a phone, a design for phones: time runs down, each event a labelled row (issue 19).
    // Only where a reader scrolls (the page, an embed); a still picture keeps the lanes.
    const list = (surface === 'page' || surface === 'embed') && width <= LIST_MAX_WIDTH;
    return { domain, width, laneLabels: width < 600 ? LANE_SHORT_LABELS : LANE_LABELS, list };
  },
  toTable: (model, params) => {
    const domain = getTimelineDomain(model, params);
    const from = toIsoDay(new Date(domain[0]));
    const to = toIsoDay(new Date(domain[1] - DAY));
    return toTimelineTable(
      getShownEvents(model.events, params.lanes, domain),
      toExclusiveEnd(params.asAt).getTime(),
      `Events from ${formatPartialDate(from)} to ${formatPartialDate(to)}, in time order`,
    );
  },
  toText: (model, params, _data, surface) => {
    const domain = getTimelineDomain(model, params, surface);
    return {
      title: `What happened when, ${yearOf(model.full[0])} to ${yearOf(model.full[1] - DAY)}`,
      shortTitle: 'Timeline',
      description:
        'Ofsted inspections and visits, and government intervention, in lanes on one time axis; dates known only to a month or year are drawn as bands.',
      summary: summariseTimeline(model.events, {
        from: toIsoDay(new Date(domain[0])),
        to: toIsoDay(new Date(domain[1] - DAY)),
        lanes: [...params.lanes],
        asAt: params.asAt,
      }),
      footnote: [
        'Dots are dates known to the day; bands cover a month or a year when that is all the sources give. Hollow, dashed marks are visits that give no grade, or events expected at the time. A fading tail means the end date is not known. Marks joined by a thin line are dates that different sources give for the same event. Grades are on each framework’s own scale: “adequate” (2013) is not “requires improvement”.',
      ],
    };
  },
  Chart: ({
    model,
    layout,
    params,
    interactive,
    selected,
    onSelect,
    onParamsChange,
    titleId,
    descriptionId,
  }) =>
    layout.list ? (
      <TimelineList
        events={model.events}
        lanes={params.lanes}
        laneLabels={layout.laneLabels}
        domain={layout.domain}
        asAt={toExclusiveEnd(params.asAt).getTime()}
        asAtLabel={`As at ${formatPartialDateShort(params.asAt)}`}
        selectedId={selected}
        onSelect={(id) => onSelect(id)}
        width={layout.width}
        titleId={titleId}
        descriptionId={descriptionId}
        still={!interactive}
      />
    ) : (
      <Timeline
        events={model.events}
        lanes={params.lanes}
        laneLabels={layout.laneLabels}
        domain={layout.domain}
        full={model.full}
        onDomainChange={(domain) => onParamsChange({ domain })}
        asAt={toExclusiveEnd(params.asAt).getTime()}
        asAtLabel={`As at ${formatPartialDateShort(params.asAt)}`}
        selectedId={selected}
        onSelect={(id) => onSelect(id)}
        width={layout.width}
        rows={layout.rows}
        titleId={titleId}
        descriptionId={descriptionId}
        still={!interactive}
      />
    ),
});
