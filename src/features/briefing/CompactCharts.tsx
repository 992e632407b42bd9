import { useMemo, type ReactNode } from 'react';
import { Link } from 'wouter';
import { layoutGovernance } from '../../charts/governance/layoutGovernance';
import { GovernanceDiagram } from '../../charts/governance/GovernanceDiagram';
import { toDiagramModel } from '../../charts/governance/toDiagramModel';
import { layoutLadder } from '../../charts/rating-ladder/layoutLadder';
import { RatingLadder } from '../../charts/rating-ladder/RatingLadder';
import { useElementWidth } from '../../charts/shared/useElementWidth';
import { getFullExtent } from '../../charts/timeline/prepareEvents';
import { Timeline } from '../../charts/timeline/Timeline';
import type { BriefingData } from '../../domain/briefingSummary';
import { formatPartialDate, formatPartialDateShort, toExclusiveEnd, toIsoDay, type PartialDate } from '../../domain/dates';
import { diffGovernance, governanceAsAt } from '../../domain/governance';
import { makeNameLookup, summariseGovernance } from '../../domain/governanceText';
import { FRAMEWORK_ERAS, toInterventionMarks } from '../../domain/ladderContext';
import { LANE_SHORT_LABELS, TIMELINE_LANES, toTimelineEvents } from '../../domain/timeline';
import { summariseTimeline } from '../../domain/timelineSummary';
import { toHandovers, toLadderAreas } from '../../domain/transitions';
import { summariseLadder } from '../../domain/transitionSummary';

const noop = () => {};

/**
 * The compact timeline is laid out at a desktop width and scaled down to its column (its SVG has a
 * viewBox): its narrow layout stacks the lanes and would be far taller than the other two charts.
 */
const TIMELINE_WIDTH = 720;

/**
 * A small copy of a full view's chart, for the page at a glance. It is not interactive here (the
 * full view is one link away, with its table and keyboard access), so it is inert, and its
 * summary is given in words beside it.
 */
function Compact({
  id,
  title,
  summary,
  href,
  linkText,
  children,
}: {
  id: string;
  title: string;
  summary: string;
  href: string;
  linkText: string;
  /** The chart, given the ids of the title and summary that name and describe it. */
  children: (labels: { titleId: string; descriptionId: string }) => ReactNode;
}) {
  const titleId = `${id}-title`;
  const descriptionId = `${id}-summary`;
  return (
    <figure className="app-compact" aria-labelledby={titleId} aria-describedby={descriptionId}>
      <figcaption>
        <h2 className="govuk-heading-s app-compact__title" id={titleId}>
          {title}
        </h2>
      </figcaption>
      <div className="app-compact__chart" inert="">
        {children({ titleId, descriptionId })}
      </div>
      <p className="govuk-body-s app-compact__summary" id={descriptionId}>
        {summary}
      </p>
      <p className="govuk-body-s app-compact__link">
        <Link className="govuk-link" href={href}>
          {linkText}
        </Link>
      </p>
    </figure>
  );
}

/**
 * The three small charts under the briefing. Each is a component of its own, with its own derived
 * data, so that React can pause between them while it hydrates the page (issue 8: TBT): one
 * component's work cannot be split, and the three together took a single 40 ms step on a phone.
 */
export function CompactCharts({
  data,
  asAt,
  since,
  shared,
}: {
  data: BriefingData;
  asAt: PartialDate;
  since: PartialDate | null;
  shared: string;
}) {
  const [ref, width] = useElementWidth<HTMLDivElement>(1180);
  const chartWidth = Math.max(280, Math.floor(width >= 900 ? (width - 32) / 3 : width));
  return (
    <div className="app-briefing__charts" ref={ref}>
      <CompactTimeline data={data} asAt={asAt} query={shared} />
      <CompactLadder data={data} width={chartWidth} query={shared} />
      <CompactGovernance data={data} asAt={asAt} since={since} width={chartWidth} query={shared} />
    </div>
  );
}

function CompactTimeline({ data, asAt, query }: { data: BriefingData; asAt: PartialDate; query: string }) {
  const names = useMemo(
    () => new Map(data.governance.bodies.map((b) => [b.id, b.shortName] as const)),
    [data.governance],
  );
  const events = useMemo(() => toTimelineEvents(data.inspections, data.milestones, names), [data, names]);
  const full = useMemo(() => getFullExtent(events), [events]);
  const asAtTime = toExclusiveEnd(asAt).getTime();
  return (
    <Compact
      id="compact-timeline"
      title="Timeline"
      summary={summariseTimeline(events, { from: toIsoDay(new Date(full[0])), to: toIsoDay(new Date(full[1] - 86_400_000)), lanes: [...TIMELINE_LANES], asAt })}
      href={`/timeline${query}`}
      linkText="Open the full timeline"
    >
      {(labels) => (
        <Timeline
          events={events}
          lanes={TIMELINE_LANES}
          laneLabels={LANE_SHORT_LABELS}
          domain={full}
          full={full}
          onDomainChange={noop}
          asAt={asAtTime}
          asAtLabel={`As at ${formatPartialDateShort(asAt)}`}
          selectedId={null}
          onSelect={noop}
          width={TIMELINE_WIDTH}
          {...labels}
          still
        />
      )}
    </Compact>
  );
}

function CompactLadder({ data, width, query }: { data: BriefingData; width: number; query: string }) {
  const areas = useMemo(
    () => toLadderAreas(data.inspections, data.governance.bodies).filter((a) => a.area === 'overall'),
    [data],
  );
  const ladder = useMemo(
    () =>
      layoutLadder({
        width,
        areas,
        eras: FRAMEWORK_ERAS,
        handovers: toHandovers(data.governance.bodies),
        interventions: toInterventionMarks(data.milestones),
      }),
    [width, areas, data],
  );
  return (
    <Compact
      id="compact-ladder"
      title="Overall judgements"
      summary={summariseLadder(areas)}
      href={`/transitions${query}`}
      linkText="Open the rating transitions"
    >
      {(labels) => (
        <RatingLadder ladder={ladder} {...labels} selected={null} onSelect={noop} />
      )}
    </Compact>
  );
}

function CompactGovernance({
  data,
  asAt,
  since,
  width,
  query,
}: {
  data: BriefingData;
  asAt: PartialDate;
  since: PartialDate | null;
  width: number;
  query: string;
}) {
  const state = useMemo(() => governanceAsAt(data.governance, asAt), [data.governance, asAt]);
  const diff = useMemo(
    () => (since ? diffGovernance(governanceAsAt(data.governance, since), state) : undefined),
    [data.governance, since, state],
  );
  const placed = useMemo(
    () => layoutGovernance(toDiagramModel(data.governance, state, diff), { width }),
    [data.governance, state, diff, width],
  );
  return (
    <Compact
      id="compact-governance"
      title={`Governance on ${formatPartialDate(asAt)}`}
      summary={summariseGovernance(state, makeNameLookup(data.governance))}
      href={`/governance${query}`}
      linkText="Open the governance diagram"
    >
      {(labels) => (
        <GovernanceDiagram placed={placed} {...labels} selectedId={null} onSelect={noop} />
      )}
    </Compact>
  );
}
