import { useMemo } from 'react';
import { toPowersTable, toRelationshipsTable } from '../../charts/chart-data/tables';
import { ChartFrame, type ChartView } from '../../charts/shared/ChartFrame';
import { useElementWidth } from '../../charts/shared/useElementWidth';
import { GovernanceDiagram } from '../../charts/governance/GovernanceDiagram';
import { GovernanceLegend, RELATIONSHIP_TYPES } from '../../charts/governance/EdgeMarkers';
import { layoutGovernance } from '../../charts/governance/layoutGovernance';
import { toDiagramModel } from '../../charts/governance/toDiagramModel';
import { useGovernance, useSources } from '../../data/queries';
import type { GovernanceFile, SourceDoc } from '../../data/schemas';
import { formatPartialDate, type PartialDate } from '../../domain/dates';
import {
  diffOnDay,
  getChangeDates,
  getChangeOnOrBefore,
  governanceAsAt,
} from '../../domain/governance';
import { describeChanges, makeNameLookup, summariseGovernance } from '../../domain/governanceText';
import { useUrlParam } from '../../lib/useUrlState';
import { AsAtControl } from '../../ui/AsAtControl';
import { ChartActions } from '../../ui/ChartActions';
import { Loading, QueryGate } from '../../ui/DataState';
import { Page } from '../../ui/Page';
import { useAsAt } from '../../ui/useAsAt';
import { ChangeSteps } from './ChangeSteps';
import { NodeDetails } from './NodeDetails';
import { PowersTable } from './PowersTable';
import { RelationshipsTable } from './RelationshipsTable';

/** Width used on the server and before measuring: the page's content width at 1280 px. */
const FALLBACK_WIDTH = 960;

export function GovernanceView() {
  const governance = useGovernance();
  const sources = useSources();
  const [asAt, setAsAt] = useAsAt();
  const sourceMap = useMemo(
    () => new Map((sources.data?.sources ?? []).map((s) => [s.id, s] as const)),
    [sources.data],
  );
  return (
    <Page
      title="Governance"
      lead="Who directed, appointed, advised, inspected and delivered children's services in Northamptonshire, and who held which powers, on any date."
    >
      <QueryGate query={governance} what="the governance data">
        {(file) =>
          asAt ? (
            <GovernanceScreen file={file} asAt={asAt} onAsAt={setAsAt} sources={sourceMap} />
          ) : (
            <Loading what="the date" />
          )
        }
      </QueryGate>
    </Page>
  );
}

function GovernanceScreen({
  file,
  asAt,
  onAsAt,
  sources,
}: {
  file: GovernanceFile;
  asAt: PartialDate;
  onAsAt: (date: PartialDate) => void;
  sources: ReadonlyMap<string, SourceDoc>;
}) {
  const [nodeParam, setNode] = useUrlParam('node');
  const [viewParam, setView] = useUrlParam('view', 'chart');
  const [ref, width] = useElementWidth<HTMLDivElement>(FALLBACK_WIDTH);
  const name = useMemo(() => makeNameLookup(file), [file]);
  const changes = useMemo(() => getChangeDates(file), [file]);
  const state = useMemo(() => governanceAsAt(file, asAt), [file, asAt]);
  const last = getChangeOnOrBefore(changes, asAt);
  const lastDiff = useMemo(() => (last ? diffOnDay(file, last.date) : undefined), [file, last]);
  const placed = useMemo(
    () => layoutGovernance(toDiagramModel(file, state, lastDiff), { width }),
    [file, state, lastDiff, width],
  );
  const types = RELATIONSHIP_TYPES.filter((t) =>
    state.relationships.some((r) => r.relationship.type === t),
  );
  const date = formatPartialDate(asAt);
  const selected = nodeParam || null;

  return (
    <>
      <AsAtControl
        value={asAt}
        onChange={onAsAt}
        steps={changes}
        legend="Show the structure as at"
      />
      <ChangeSteps changes={changes} current={asAt} onChange={onAsAt} />

      <section className="app-gov-section" aria-labelledby="gov-changes-heading">
        <h2 className="govuk-heading-m" id="gov-changes-heading">
          {last
            ? `What changed ${last.stated.length === 10 ? 'on' : 'in'} ${formatPartialDate(last.stated)}`
            : 'What changed'}
        </h2>
        {last && lastDiff ? (
          <>
            {last.date !== asAt ? (
              <p className="govuk-body">
                The last change on or before {date}. Nothing in the structure changed between then
                and {date}.
              </p>
            ) : null}
            <ul className="govuk-list govuk-list--bullet app-gov-changes">
              {describeChanges(lastDiff, name).map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </>
        ) : (
          <p className="govuk-body">No change to the structure is recorded on or before {date}.</p>
        )}
      </section>

      <ChartFrame
        title={`Governance on ${date}`}
        description="Bodies and posts by tier, with who directs, appoints, advises, inspects, delivers services for, reports to or chairs whom. Choose a body for its details."
        summary={summariseGovernance(state, name)}
        view={viewParam === 'table' ? 'table' : 'chart'}
        onViewChange={(v: ChartView) => setView(v)}
        actions={
          <ChartActions chart="governance" title={`Governance on ${date}`} data={() => toRelationshipsTable(state, name, sources)} />
        }
        chart={({ titleId, descriptionId }) => (
          <div ref={ref} className="app-gov-chart">
            <GovernanceLegend types={types} />
            <GovernanceDiagram
              placed={placed}
              titleId={titleId}
              descriptionId={descriptionId}
              selectedId={selected}
              onSelect={(id) => setNode(id === selected ? null : id)}
            />
          </div>
        )}
        table={<RelationshipsTable state={state} name={name} sources={sources} />}
        footnote={
          <p className="govuk-body-s">
            A relationship whose end the sources do not give is drawn dashed: it may have ended.
            None is drawn on a date when a body it names did not exist. Each body keeps its place on
            every date.
            {placed.mode === 'list'
              ? ' On a narrow screen each body lists its relationships in words.'
              : ''}
          </p>
        }
      />

      {selected ? (
        <NodeDetails
          file={file}
          id={selected}
          state={state}
          name={name}
          sources={sources}
          onClose={() => setNode(null)}
        />
      ) : null}

      <PowersTable state={state} name={name} sources={sources} />
      <ChartActions
        chart="powers"
        title={`Who held which powers on ${date}`}
        data={() => toPowersTable(state, name, sources)}
        image={false}
      />
    </>
  );
}
