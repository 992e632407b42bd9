/**
 * The Timeline screen: every inspection and milestone on one time axis, in lanes, with zoom,
 * an overview strip, a details panel, the shared as-at date and a table alternative. All of
 * its state is in the URL (see useTimelineState).
 */
import { useCallback, useMemo, type ReactNode } from 'react';
import { DAY, getFullExtent } from '../../charts/timeline/prepareEvents';
import { Timeline } from '../../charts/timeline/Timeline';
import { TimelineOverview } from '../../charts/timeline/TimelineOverview';
import { TimelineTable } from '../../charts/timeline/TimelineTable';
import type { Domain } from '../../charts/timeline/zoomDomain';
import { toTimelineTable } from '../../charts/chart-data/tables';
import { ChartFrame } from '../../charts/shared/ChartFrame';
import { useElementWidth } from '../../charts/shared/useElementWidth';
import type { SourceDoc } from '../../data/schemas';
import { useGovernance, useInspections, useMeta, useMilestones, useSources } from '../../data/queries';
import { formatPartialDate, formatPartialDateShort, toDayRange, toExclusiveEnd, toIsoDay } from '../../domain/dates';
import {
  LANE_LABELS,
  LANE_SHORT_LABELS,
  TIMELINE_LANES,
  toTimelineEvents,
  type TimelineEvent,
} from '../../domain/timeline';
import { overlapsRange, summariseTimeline } from '../../domain/timelineSummary';
import type { Lane } from '../../domain/types';
import { AsAtControl } from '../common/AsAtControl';
import { ChartActions } from '../common/ChartActions';
import { DataError, Loading } from '../common/DataState';
import { Page } from '../common/Page';
import { useAsAt } from '../common/useAsAt';
import { EventDetails } from './EventDetails';
import { LaneChooser, ZoomButtons } from './TimelineControls';
import { useTimelineState } from './useTimelineState';
import { compareIds } from '../../domain/compare';

const FALLBACK_WIDTH = 960;

export function TimelineView() {
  const inspections = useInspections();
  const milestones = useMilestones();
  const governance = useGovernance();
  const sources = useSources();
  const meta = useMeta();
  const names = useMemo(
    () => new Map((governance.data?.bodies ?? []).map((b) => [b.id, b.name] as const)),
    [governance.data],
  );
  const shortNames = useMemo(
    () =>
      new Map(
        (governance.data?.bodies ?? [])
          .filter((b) => b.id !== 'northamptonshire-county-council')
          .map((b) => [b.id, b.shortName] as const),
      ),
    [governance.data],
  );
  const events = useMemo(
    () => toTimelineEvents(inspections.data?.inspections ?? [], milestones.data?.milestones ?? [], shortNames),
    [inspections.data, milestones.data, shortNames],
  );
  const coverage = meta.data?.coverage;
  const full = useMemo<Domain>(
    () =>
      getFullExtent(
        events,
        coverage ? [toDayRange(coverage.from).first, toExclusiveEnd(coverage.to).getTime()] : undefined,
      ),
    [events, coverage],
  );

  const failed = [inspections, milestones].find((q) => q.isError && q.data === undefined);
  if (failed) return <Shell><DataError error={failed.error} onRetry={() => void failed.refetch()} /></Shell>;
  if (!inspections.data || !milestones.data) return <Shell><Loading what="the timeline" /></Shell>;
  return (
    <Shell>
      <TimelineScreen
        events={events}
        full={full}
        names={names}
        sources={new Map((sources.data?.sources ?? []).map((s) => [s.id, s] as const))}
      />
    </Shell>
  );
}

function Shell({ children }: { children: ReactNode }) {
  return (
    <Page
      title="Timeline"
      lead="Every Ofsted inspection and visit, and every step of government intervention, on one time axis: what happened when, with the sources for each date."
    >
      {children}
    </Page>
  );
}

function TimelineScreen({
  events,
  full,
  names,
  sources,
}: {
  events: TimelineEvent[];
  full: Domain;
  names: ReadonlyMap<string, string>;
  sources: ReadonlyMap<string, SourceDoc>;
}) {
  const state = useTimelineState(full);
  const { domain, setDomain, lanes, setLanes, selectedId, setSelectedId, view, setView } = state;
  const [asAtDate, setAsAt] = useAsAt();
  const asAt = asAtDate ? toExclusiveEnd(asAtDate).getTime() : null;
  const [ref, width] = useElementWidth<HTMLDivElement>(FALLBACK_WIDTH);
  const compact = width < 600;

  const from = toIsoDay(new Date(domain[0]));
  const to = toIsoDay(new Date(domain[1] - DAY));
  const shown = useMemo(() => {
    const set = new Set<Lane>(lanes);
    return events.filter((e) => set.has(e.lane) && (e.start === null || overlapsRange(e, domain[0], domain[1] - DAY)));
  }, [events, lanes, domain]);
  const summary = summariseTimeline(events, { from, to, lanes, asAt: asAtDate });
  const selected = selectedId ? (events.find((e) => e.id === selectedId) ?? null) : null;
  const counts = useMemo(() => {
    const out = Object.fromEntries(TIMELINE_LANES.map((l) => [l, 0])) as Record<Lane, number>;
    events.forEach((e) => (out[e.lane] += 1));
    return out;
  }, [events]);
  const steps = useMemo(
    () =>
      [...new Map(
        events
          .filter((e) => e.start && e.start.length === 10 && e.lane !== 'correspondence')
          .map((e) => [e.start!, { date: e.start!, label: `${formatPartialDate(e.start)}: ${e.title}` }] as const),
      ).values()].sort((a, b) => compareIds(a.date, b.date)),
    [events],
  );
  const select = useCallback((id: string) => setSelectedId(id), [setSelectedId]);
  const has = useCallback((id: string) => events.some((e) => e.id === id), [events]);
  const onDomainChange = useCallback((d: Domain) => setDomain(d), [setDomain]);

  return (
    <>
      {asAtDate ? <AsAtControl value={asAtDate} onChange={setAsAt} steps={steps} /> : null}
      <LaneChooser lanes={lanes} onChange={setLanes} counts={counts} />
      <div ref={ref} className="app-tl-wrap">
        <ChartFrame
          title="What happened when, 2012 to 2026"
          description="Ofsted inspections and visits, and government intervention, in lanes on one time axis; dates known only to a month or year are drawn as bands over that month or year."
          summary={summary}
          view={view}
          onViewChange={setView}
          actions={
            <ChartActions
              chart="timeline"
              title="What happened when, 2012 to 2026"
              data={() => toTimelineTable(shown, asAt, `Events from ${formatPartialDate(from)} to ${formatPartialDate(to)}, in time order`)}
            />
          }
          chart={({ titleId, descriptionId }) => (
            <>
              <ZoomButtons domain={domain} full={full} onChange={setDomain} />
              <p className="govuk-body-s app-tl-range" aria-live="polite">
                Showing {formatPartialDate(from)} to {formatPartialDate(to)}
              </p>
              <Timeline
                events={events}
                lanes={lanes}
                laneLabels={compact ? LANE_SHORT_LABELS : LANE_LABELS}
                domain={domain}
                full={full}
                onDomainChange={onDomainChange}
                asAt={asAt}
                asAtLabel={asAtDate ? `As at ${formatPartialDateShort(asAtDate)}` : null}
                selectedId={selectedId}
                onSelect={select}
                width={width}
                titleId={titleId}
                descriptionId={descriptionId}
              />
              <TimelineOverview events={events} lanes={lanes} full={full} domain={domain} onDomainChange={onDomainChange} width={width} />
              <KeyboardHelp />
            </>
          )}
          table={
            <TimelineTable
              events={shown}
              asAt={asAt}
              caption={`Events from ${formatPartialDate(from)} to ${formatPartialDate(to)}, in time order`}
              selectedId={selectedId}
              onSelect={select}
            />
          }
          footnote={<Footnote />}
        />
      </div>
      {selected ? (
        <EventDetails
          event={selected}
          names={names}
          sources={sources}
          afterAsAt={asAt !== null && selected.start !== null && toDayRange(selected.start).first >= asAt}
          onSelect={select}
          onClose={() => setSelectedId(null)}
          has={has}
        />
      ) : selectedId ? (
        <p className="govuk-body">No event has the id in this link ({selectedId}).</p>
      ) : null}
    </>
  );
}

function KeyboardHelp() {
  return (
    <details className="govuk-details app-tl-help">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Using the timeline with a keyboard, mouse or touch</span>
      </summary>
      <div className="govuk-details__text">
        <ul className="govuk-list govuk-list--bullet">
          <li>Tab moves into the chart once; Left and Right arrows move between events in time order, Up and Down between lanes.</li>
          <li>Enter shows the event&apos;s details below the chart; on a numbered group of events, Enter zooms in to it.</li>
          <li>+ and − zoom in and out; Home and End go to the first and last event.</li>
          <li>With a mouse, the wheel zooms and dragging moves the view; on a touch screen, pinch to zoom. The strip under the chart shows the whole period: drag its window, or use the arrow keys on it.</li>
        </ul>
      </div>
    </details>
  );
}

function Footnote() {
  return (
    <p className="govuk-body-s">
      Dots are dates known to the day; bands cover a month or a year when that is all the sources give. Hollow, dashed
      marks are visits that give no grade, or events expected at the time. A fading tail means the end date is not
      known. Marks joined by a thin line are dates that different sources give for the same event. Grades are on each
      framework&apos;s own scale: &quot;adequate&quot; (2013) is not &quot;requires improvement&quot;.
    </p>
  );
}
