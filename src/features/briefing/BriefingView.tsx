import { useMemo, useSyncExternalStore, type ComponentProps, type ReactNode } from 'react';
import { journeySpec } from '../../charts/journey/spec';
import { readDayBefore } from '../../charts/shared/params';
import { SpecView } from '../../charts/shared/SpecView';
import { Link, useSearch } from 'wouter';
import {
  useGovernance,
  useInspections,
  useMeta,
  useMilestones,
  useSources,
} from '../../data/queries';
import {
  getBriefingPosition,
  getHeadline,
  summariseBriefing,
  type BriefingData,
} from '../../domain/briefingSummary';
import { formatPartialDate, type PartialDate } from '../../domain/dates';
import { getChangeDates } from '../../domain/governance';
import type { SourceDoc, SourcesFile } from '../../domain/types';
import { toSharedQuery, useUrlParam } from '../../lib/useUrlState';
import { AsAtControl } from '../../ui/AsAtControl';
import { DataError, Loading } from '../../ui/DataState';
import { Page } from '../../ui/Page';
import { useAsAt } from '../../ui/useAsAt';
import { ChangesSince } from './ChangesSince';
import { CompactCharts } from './CompactCharts';
import { CitedSources, collectCitedSources } from './CitedSources';
import { InterventionsPanel } from './InterventionsPanel';
import { JudgementsTable } from './JudgementsTable';
import { Glossary, WithGlossary } from './Glossary';
import { KeyMoments } from './KeyMoments';

const noSubscription = () => () => {};
/** The journey chart's width at 1280 px (the page's width), before the real one is measured. */
const JOURNEY_WIDTH = 1116;
const NO_SOURCES: SourcesFile = { sources: [] } as unknown as SourcesFile;

/**
 * The address to print in the footer, so a paper copy leads back to the same view. Empty on the
 * server and while hydrating, so React redraws what reads it once hydrated, at once and in one
 * piece: that is this one line, not the briefing (issue 8: TBT). It is drawn again with the
 * briefing, which wouter redraws when the address changes.
 */
function PrintedFrom() {
  const url = useSyncExternalStore(
    noSubscription,
    () => window.location.href,
    () => '',
  );
  return url ? <p className="govuk-body-s app-print-only">Printed from {url}</p> : null;
}

/** The minister's one-page briefing: the position on one date, printable on one A4 page. */
export function BriefingView() {
  const inspections = useInspections();
  const milestones = useMilestones();
  const governance = useGovernance();
  const sources = useSources();
  const meta = useMeta();
  const [asAt, setAsAt] = useAsAt();
  const queries = [inspections, milestones, governance, meta];
  const failed = queries.filter((q) => q.isError && q.data === undefined);

  let body: ReactNode;
  if (failed.length)
    body = failed.map((q, i) => (
      <DataError key={i} error={q.error} onRetry={() => void q.refetch()} />
    ));
  else if (!inspections.data || !milestones.data || !governance.data || !meta.data || !asAt)
    body = <Loading what="the briefing" />;
  else
    body = (
      <Briefing
        data={{
          inspections: inspections.data.inspections,
          milestones: milestones.data.milestones,
          governance: governance.data,
        }}
        files={{
          'meta.json': meta.data,
          'inspections.json': inspections.data,
          'milestones.json': milestones.data,
          'governance.json': governance.data,
          // The small charts never show their tables, the only part that reads the sources.
          'sources.json': sources.data ?? NO_SOURCES,
        }}
        asAt={asAt}
        onAsAt={setAsAt}
        sources={sources.data?.sources ?? []}
        version={meta.data.version}
        checked={meta.data.checked}
      />
    );
  return (
    <Page title={asAt ? `Briefing: the position on ${formatPartialDate(asAt)}` : 'Briefing'}>
      {body}
    </Page>
  );
}

function Briefing({
  data,
  files,
  asAt,
  onAsAt,
  sources,
  version,
  checked,
}: {
  data: BriefingData;
  files: ComponentProps<typeof CompactCharts>['files'];
  asAt: PartialDate;
  onAsAt: (date: PartialDate) => void;
  sources: readonly SourceDoc[];
  version: string;
  checked: PartialDate;
}) {
  const position = useMemo(() => getBriefingPosition(data, asAt), [data, asAt]);
  const sentences = useMemo(() => summariseBriefing(position), [position]);
  const changes = useMemo(() => getChangeDates(data.governance), [data.governance]);
  const steps = useMemo(() => changes.map((c) => ({ date: c.date, label: c.label })), [changes]);
  const [sinceParam, setSince] = useUrlParam('since');
  // Compare with the chosen date, else the last change before this date.
  const previous = [...changes].reverse().find((c) => c.date < asAt);
  // A `since` that is not a real day before the as-at date is ignored, never an error.
  const since = readDayBefore(sinceParam, asAt) ?? previous?.date ?? null;
  const headline = useMemo(() => getHeadline(data, position, since), [data, position, since]);
  const cited = useMemo(() => collectCitedSources(position, sources), [position, sources]);
  // Each glossary term is linked where it first appears in the headline and the summary.
  const glossarySeen = new Set<string>();
  const sourceMap = useMemo(() => new Map(sources.map((s) => [s.id, s])), [sources]);
  const shared = toSharedQuery(useSearch());

  return (
    <div className="app-briefing">
      <section className="app-briefing__headline" aria-labelledby="briefing-headline">
        <h2 className="govuk-visually-hidden" id="briefing-headline">
          The position in brief
        </h2>
        <p className="govuk-body-l app-briefing__position">
          <WithGlossary text={headline.position} seen={glossarySeen} />
        </p>
        {headline.changed ? (
          <p className="govuk-body">
            <WithGlossary text={headline.changed} seen={glossarySeen} />
          </p>
        ) : null}
        <p className="govuk-body">
          <WithGlossary text={headline.next} seen={glossarySeen} />
        </p>
      </section>

      <div className="app-briefing__journey">
        <SpecView
          spec={journeySpec}
          id="briefing-journey"
          data={files}
          query={`asAt=${asAt}`}
          surface="compact"
          fallbackWidth={JOURNEY_WIDTH}
          interactive
        />
      </div>

      <div className="app-briefing__control">
        <AsAtControl value={asAt} onChange={onAsAt} steps={steps} legend="Change the date" />
        <KeyMoments data={data} asAt={asAt} />
      </div>

      <div className="app-briefing__grid">
        <section className="app-briefing__summary" aria-labelledby="briefing-summary">
          <h2 className="govuk-heading-m" id="briefing-summary">
            Summary
          </h2>
          <div aria-live="polite">
            {sentences.map((s, i) => (
              <p className="govuk-body" key={i}>
                <WithGlossary text={s} seen={glossarySeen} />
              </p>
            ))}
          </div>
        </section>

        <div className="app-briefing__facts">
          <JudgementsTable position={position} sources={sourceMap} />
          <ChangesSince data={data} asAt={asAt} since={since} onSince={setSince} />
        </div>
        <div className="app-briefing__facts app-briefing__facts--powers">
          <InterventionsPanel position={position} />
        </div>
      </div>

      {/* Part of this view's chunk, not a lazily loaded one: a Suspense boundary here would still be
          waiting to hydrate when the address is first read, and React 18 would redraw it (#421). */}
      <CompactCharts files={files} asAt={asAt} since={since} shared={shared} />

      <footer className="app-briefing__footer">
        <p className="govuk-body-s">
          As at {formatPartialDate(asAt)}. Data version {version}, last checked against its sources
          on {formatPartialDate(checked)}. Generated from the data, not written by hand; every fact
          is in the <Link href={`/data${shared}`}>Data</Link> view with its sources.
        </p>
        <CitedSources sources={cited} />
        <Glossary />
        <PrintedFrom />
      </footer>
    </div>
  );
}
