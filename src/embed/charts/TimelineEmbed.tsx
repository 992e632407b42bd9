import { useMemo, useState } from 'react';
import { toTimelineTable } from '../../charts/chart-data/timelineTable';
import { DataTable } from '../../charts/chart-data/DataTable';
import { ChartFrame } from '../../charts/shared/ChartFrame';
import { useElementWidth } from '../../charts/shared/useElementWidth';
import { DAY, getFullExtent } from '../../charts/timeline/prepareEvents';
import { Timeline } from '../../charts/timeline/Timeline';
import { domainFromUrl, type Domain } from '../../charts/timeline/zoomDomain';
import { resolveAsAt } from '../../domain/asAt';
import { formatPartialDate, formatPartialDateShort, toDayRange, toExclusiveEnd, toIsoDay } from '../../domain/dates';
import { isLane, LANE_LABELS, LANE_SHORT_LABELS, TIMELINE_LANES, toTimelineEvents } from '../../domain/timeline';
import { overlapsRange, summariseTimeline } from '../../domain/timelineSummary';
import type { Lane } from '../../domain/types';
import { useEmbedParams } from '../useEmbedSearch';
import { EmbedGate } from '../EmbedGate';
import type { Loaded } from './types';
import { useEmbedGovernance, useEmbedInspections, useEmbedMeta, useEmbedMilestones } from '../useEmbedData';

/** The period the app's Timeline opens on: 2013 to 2021, where the story is. */
const DEFAULT_DOMAIN: Domain = [Date.UTC(2013, 0, 1), Date.UTC(2022, 0, 1)];
const TITLE = 'What happened when, 2012 to 2023';

export function TimelineEmbed() {
  const inspections = useEmbedInspections();
  const milestones = useEmbedMilestones();
  const governance = useEmbedGovernance();
  const meta = useEmbedMeta();
  return (
    <EmbedGate queries={[inspections, milestones, governance, meta]} what="the timeline">
      {() => <TimelineChart inspections={inspections.data!} milestones={milestones.data!} governance={governance.data!} meta={meta.data!} />}
    </EmbedGate>
  );
}

function TimelineChart({
  inspections,
  milestones,
  governance,
  meta,
}: {
  inspections: Loaded<ReturnType<typeof useEmbedInspections>>;
  milestones: Loaded<ReturnType<typeof useEmbedMilestones>>;
  governance: Loaded<ReturnType<typeof useEmbedGovernance>>;
  meta: Loaded<ReturnType<typeof useEmbedMeta>>;
}) {
  const params = useEmbedParams();
  const [ref, width] = useElementWidth<HTMLDivElement>(640);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const shortNames = useMemo(
    () => new Map(governance.bodies.filter((b) => b.id !== 'northamptonshire-county-council').map((b) => [b.id, b.shortName] as const)),
    [governance],
  );
  const events = useMemo(() => toTimelineEvents(inspections.inspections, milestones.milestones, shortNames), [inspections, milestones, shortNames]);
  const full = useMemo<Domain>(
    () => getFullExtent(events, [toDayRange(meta.coverage.from).first, toExclusiveEnd(meta.coverage.to).getTime()]),
    [events, meta],
  );
  const urlDomain = domainFromUrl(params.get('from'), params.get('to'), DEFAULT_DOMAIN, full);
  const [zoomed, setZoomed] = useState<Domain | null>(null);
  const domain = zoomed ?? urlDomain;
  const lanesParam = params.get('lanes');
  const lanes: Lane[] = lanesParam === null ? [...TIMELINE_LANES] : TIMELINE_LANES.filter((l) => lanesParam.split(',').includes(l) && isLane(l));
  const asAtDate = resolveAsAt(params.get('asAt'), meta.defaultAsAt);
  const asAt = toExclusiveEnd(asAtDate).getTime();
  const from = toIsoDay(new Date(domain[0]));
  const to = toIsoDay(new Date(domain[1] - DAY));
  const shown = events.filter((e) => lanes.includes(e.lane) && (e.start === null || overlapsRange(e, domain[0], domain[1] - DAY)));
  const table = toTimelineTable(shown, asAt, `Events from ${formatPartialDate(from)} to ${formatPartialDate(to)}, in time order`);
  return (
    <div ref={ref}>
      <ChartFrame
        title={TITLE}
        description="Ofsted inspections and visits, and government intervention, in lanes on one time axis; dates known only to a month or year are drawn as bands."
        summary={summariseTimeline(events, { from, to, lanes, asAt: asAtDate })}
        chart={({ titleId, descriptionId }) => (
          <Timeline
            events={events}
            lanes={lanes}
            laneLabels={width < 600 ? LANE_SHORT_LABELS : LANE_LABELS}
            domain={domain}
            full={full}
            onDomainChange={setZoomed}
            asAt={asAt}
            asAtLabel={`As at ${formatPartialDateShort(asAtDate)}`}
            selectedId={selectedId}
            onSelect={setSelectedId}
            width={width}
            titleId={titleId}
            descriptionId={descriptionId}
          />
        )}
        table={<DataTable table={table} />}
        footnote={
          <p className="govuk-body-s">
            Dots are dates known to the day; bands cover a month or a year when that is all the sources give. Hollow,
            dashed marks are visits that give no grade. Grades are on each framework&apos;s own scale.
          </p>
        }
      />
    </div>
  );
}
