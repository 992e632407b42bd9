/**
 * The Timeline screen: every inspection and milestone on one time axis, in lanes, with zoom,
 * an overview strip, a details panel, the shared as-at date and a table alternative. All of
 * its state is in the URL (see useTimelineState).
 */
import { useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useSearch } from 'wouter';
import { getSourceMap } from '../../charts/shared/params';
import { ChartSurface } from '../../charts/shared/SpecView';
import { useChartModel, useChartOf, useSpecParams } from '../../charts/shared/useChart';
import { useElementWidth } from '../../charts/shared/useElementWidth';
import { DAY } from '../../charts/timeline/prepareEvents';
import { timelineSpec, type TimelineParams } from '../../charts/timeline/spec';
import { TimelineOverview } from '../../charts/timeline/TimelineOverview';
import { useDataFiles } from '../../data/queries';
import { compareIds } from '../../domain/compare';
import { formatPartialDate, toDayRange, toExclusiveEnd, toIsoDay } from '../../domain/dates';
import { TIMELINE_LANES } from '../../domain/timeline';
import type { DataFiles, Lane } from '../../domain/types';
import { AsAtControl } from '../../ui/AsAtControl';
import { ChartActions } from '../../ui/ChartActions';
import { DataError, Loading } from '../../ui/DataState';
import { Page } from '../../ui/Page';
import { AfterChart, chartTargetId, SkipToChart } from '../../ui/ChartSkipLinks';
import { useAsAt } from '../../ui/useAsAt';
import { useDetailsFocus } from '../../ui/useDetailsFocus';
import { DetailsPopover, findMark } from './DetailsPopover';
import { EventDetails } from './EventDetails';
import { LaneChooser, ZoomButtons } from './TimelineControls';
import { useTimelineState } from './useTimelineState';

const FILES = [
  'meta.json',
  'inspections.json',
  'milestones.json',
  'governance.json',
  'sources.json',
] as const;

export function TimelineView() {
  const { data, failed } = useDataFiles(FILES);
  let body: ReactNode;
  if (failed) body = <DataError error={failed.error} onRetry={() => void failed.refetch()} />;
  else if (!data) body = <Loading what="the timeline" />;
  else body = <TimelineScreen files={data} />;
  return (
    <Page
      title="Timeline"
      lead="Every Ofsted inspection and visit, and every step of government intervention, on one time axis: what happened when, with the sources for each date."
    >
      {body}
    </Page>
  );
}

function TimelineScreen({ files }: { files: Pick<DataFiles, (typeof FILES)[number]> }) {
  const search = useSearch();
  const urlParams = useSpecParams(timelineSpec, search, files);
  const model = useChartModel(timelineSpec, files, urlParams);
  const { events, full } = model;
  const state = useTimelineState(full);
  const { domain, setDomain, lanes, setLanes, selectedId, setSelectedId, view, setView } = state;
  const [asAtDate, setAsAt] = useAsAt();
  const params = useMemo(() => ({ ...urlParams, domain }), [urlParams, domain]);
  const [ref, width] = useElementWidth<HTMLDivElement>(timelineSpec.fallbackWidth);
  const chart = useChartOf(timelineSpec, files, params, model, 'page', width);
  const asAt = toExclusiveEnd(params.asAt).getTime();
  const names = useMemo(
    () => new Map(files['governance.json'].bodies.map((b) => [b.id, b.name] as const)),
    [files],
  );
  const sources = getSourceMap(files['sources.json']);

  const from = toIsoDay(new Date(domain[0]));
  const to = toIsoDay(new Date(domain[1] - DAY));
  const selected = selectedId ? (events.find((e) => e.id === selectedId) ?? null) : null;
  const counts = useMemo(() => {
    const out = Object.fromEntries(TIMELINE_LANES.map((l) => [l, 0])) as Record<Lane, number>;
    events.forEach((e) => (out[e.lane] += 1));
    return out;
  }, [events]);
  const steps = useMemo(
    () =>
      [
        ...new Map(
          events
            .filter((e) => e.start && e.start.length === 10 && e.lane !== 'correspondence')
            .map(
              (e) =>
                [
                  e.start!,
                  { date: e.start!, label: `${formatPartialDate(e.start)}: ${e.title}` },
                ] as const,
            ),
        ).values(),
      ].sort((a, b) => compareIds(a.date, b.date)),
    [events],
  );
  const wrapRef = useRef<HTMLDivElement>(null);
  // Closing the details (Escape or the button) puts focus back on the mark that opened them.
  const returnTo = useRef<string | null>(null);
  const close = useCallback(() => {
    returnTo.current = selectedId;
    setSelectedId(null);
  }, [selectedId, setSelectedId]);
  useEffect(() => {
    const id = returnTo.current;
    if (selectedId !== null || id === null) return;
    returnTo.current = null;
    findMark(wrapRef.current, id)?.focus();
  }, [selectedId]);
  // Enter (or a click) on a mark moves focus to its details; Escape closes them and goes back.
  const { onChosen } = useDetailsFocus({
    open: selectedId,
    headingId: 'timeline-details-heading',
    onClose: close,
  });
  const select = useCallback(
    (id: string | null) => {
      if (id !== null) onChosen();
      setSelectedId(id);
    },
    [setSelectedId, onChosen],
  );
  const has = useCallback((id: string) => events.some((e) => e.id === id), [events]);
  const onParamsChange = useCallback(
    (next: Partial<TimelineParams>) => {
      if (next.domain) setDomain(next.domain);
    },
    [setDomain],
  );

  return (
    <>
      <SkipToChart name="timeline" />
      {/* The date first, in a line, so a shared link says which date it shows in the first screen
          (issue 20); the control to change it follows the chart. */}
      {asAtDate ? (
        <p className="govuk-body app-tl-as-at">
          As at <strong>{formatPartialDate(asAtDate)}</strong>: later events are faded.{' '}
          <a href="#timeline-as-at" className="govuk-link">
            Change the date
          </a>
        </p>
      ) : null}
      {/* The chart comes first, so that it starts on the first screen at 1280×800 (issue 19);
          the as-at date and the lanes, which change what it shows, follow it. */}
      <div className="app-tl-wrap" id={chartTargetId('timeline')} tabIndex={-1} ref={wrapRef}>
        <ChartSurface
          spec={timelineSpec}
          chart={chart}
          surface="page"
          measure={ref}
          selected={selectedId}
          onSelect={select}
          onParamsChange={onParamsChange}
          view={view}
          onViewChange={setView}
          actions={(c) => <ChartActions chart="timeline" title={c.text.title} data={c.getTable} />}
          before={
            <>
              <ZoomButtons domain={domain} full={full} onChange={setDomain} />
              <p className="govuk-body-s app-tl-range" aria-live="polite">
                Showing {formatPartialDate(from)} to {formatPartialDate(to)}
              </p>
            </>
          }
          after={
            <>
              <TimelineOverview
                events={events}
                lanes={lanes}
                full={full}
                domain={domain}
                onDomainChange={setDomain}
                width={width}
              />
              <KeyboardHelp />
            </>
          }
        />
        {selected ? (
          <DetailsPopover anchorId={selected.id} container={wrapRef} width={width}>
            <EventDetails
              event={selected}
              names={names}
              sources={sources}
              afterAsAt={selected.start !== null && toDayRange(selected.start).first >= asAt}
              onSelect={select}
              onClose={close}
              has={has}
            />
          </DetailsPopover>
        ) : null}
      </div>
      {!selected && selectedId ? (
        <p className="govuk-body">No event has the id in this link ({selectedId}).</p>
      ) : null}
      {asAtDate ? (
        <div id="timeline-as-at">
          <AsAtControl value={asAtDate} onChange={setAsAt} steps={steps} />
        </div>
      ) : null}
      <LaneChooser lanes={lanes} onChange={setLanes} counts={counts} />
      <AfterChart name="timeline" />
    </>
  );
}

function KeyboardHelp() {
  return (
    <details className="govuk-details app-tl-help">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          Using the timeline with a keyboard, mouse or touch
        </span>
      </summary>
      <div className="govuk-details__text">
        <ul className="govuk-list govuk-list--bullet">
          <li>
            Tab moves into the chart once; Left and Right arrows move between events in time order,
            Up and Down between lanes.
          </li>
          <li>
            Enter shows the event&apos;s details next to it, and Escape closes them; on a numbered
            group of events, Enter zooms in to it.
          </li>
          <li>+ and − zoom in and out; Home and End go to the first and last event.</li>
          <li>
            With a mouse, Ctrl (⌘ on a Mac) and the wheel zoom (the wheel alone scrolls the page)
            and dragging moves the view; on a touch screen, pinch to zoom. The strip under the chart
            shows the whole period: drag its window, or use the arrow keys on it.
          </li>
        </ul>
      </div>
    </details>
  );
}
