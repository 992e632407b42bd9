import { useCallback, useMemo } from 'react';
import { toPowersTable } from '../../charts/chart-data/tables';
import { governanceSpec } from '../../charts/governance/spec';
import type { ChartView } from '../../charts/shared/ChartFrame';
import { getSourceMap } from '../../charts/shared/params';
import { ChartSurface } from '../../charts/shared/SpecView';
import { useChart, useSpecParams } from '../../charts/shared/useChart';
import { useElementWidth } from '../../charts/shared/useElementWidth';
import { useDataFiles } from '../../data/queries';
import { formatPartialDate, type PartialDate } from '../../domain/dates';
import {
  getChangeDates,
  getChangeOnOrBefore,
  toPlainName,
  type GovernanceAsAt,
} from '../../domain/governance';
import { describeChanges } from '../../domain/governanceText';
import type { DataFiles, SourceDoc } from '../../domain/types';
import { useUrlParam } from '../../lib/useUrlState';
import { AsAtControl } from '../../ui/AsAtControl';
import { ChartActions } from '../../ui/ChartActions';
import { DataError, Loading } from '../../ui/DataState';
import { Page } from '../../ui/Page';
import { AfterChart, chartTargetId, SkipToChart } from '../../ui/ChartSkipLinks';
import { useAsAt } from '../../ui/useAsAt';
import { useDetailsFocus } from '../../ui/useDetailsFocus';
import { ChangeSteps } from './ChangeSteps';
import { NodeDetails } from './NodeDetails';
import { PowersTable } from './PowersTable';

const FILES = ['meta.json', 'governance.json', 'sources.json'] as const;

export function GovernanceView() {
  const { data, failed } = useDataFiles(FILES);
  const [asAt, setAsAt] = useAsAt();
  return (
    <Page
      title="Governance"
      lead="Who directed, appointed, advised, inspected and delivered children's services in Northamptonshire, and who held which powers, on any date."
    >
      {failed ? (
        <DataError error={failed.error} onRetry={() => void failed.refetch()} />
      ) : !data ? (
        <Loading what="the governance data" />
      ) : asAt ? (
        <GovernanceScreen
          files={data}
          asAt={asAt}
          onAsAt={setAsAt}
          sources={getSourceMap(data['sources.json'])}
        />
      ) : (
        <Loading what="the date" />
      )}
    </Page>
  );
}

function GovernanceScreen({
  files,
  asAt,
  onAsAt,
  sources,
}: {
  files: Pick<DataFiles, 'meta.json' | 'governance.json' | 'sources.json'>;
  asAt: PartialDate;
  onAsAt: (date: PartialDate) => void;
  sources: ReadonlyMap<string, SourceDoc>;
}) {
  const file = files['governance.json'];
  const [nodeParam, setNode] = useUrlParam('node');
  const [viewParam, setView] = useUrlParam('view', 'chart');
  const [ref, width] = useElementWidth<HTMLDivElement>(governanceSpec.fallbackWidth);
  const params = useSpecParams(governanceSpec, `asAt=${asAt}`, files);
  const chart = useChart(governanceSpec, files, params, 'page', width);
  const { state, name } = chart.model;
  const changes = useMemo(() => getChangeDates(file), [file]);
  const last = getChangeOnOrBefore(changes, asAt);
  const date = formatPartialDate(asAt);
  const selected = nodeParam || null;
  const close = useCallback(() => setNode(null), [setNode]);
  // Choosing a body moves focus to its details; Escape closes them and goes back (issue 24).
  const { onChosen } = useDetailsFocus({
    open: selected,
    headingId: 'gov-details-heading',
    onClose: close,
  });

  return (
    <>
      <SkipToChart name="governance" />
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
        {last && chart.model.diff ? (
          <>
            {last.date !== asAt ? (
              <p className="govuk-body">
                The last change on or before {date}. Nothing in the structure changed between then
                and {date}.
              </p>
            ) : null}
            <ul className="govuk-list govuk-list--bullet app-gov-changes">
              {describeChanges(chart.model.diff, name).map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </>
        ) : (
          <p className="govuk-body">No change to the structure is recorded on or before {date}.</p>
        )}
      </section>

      <div id={chartTargetId('governance')} tabIndex={-1}>
        <ChartSurface
          spec={governanceSpec}
          chart={chart}
          surface="page"
          measure={ref}
          selected={selected}
          onSelect={(id) => {
            if (id !== null) onChosen();
            setNode(id);
          }}
          view={viewParam === 'table' ? 'table' : 'chart'}
          onViewChange={(v: ChartView) => setView(v)}
          actions={(c) => (
            <ChartActions chart="governance" title={c.text.title} data={c.getTable} />
          )}
        />
      </div>
      <AfterChart name="governance" />
      <BodiesShown state={state} />

      {selected ? (
        <NodeDetails
          file={file}
          id={selected}
          state={state}
          name={name}
          sources={sources}
          onClose={close}
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

/** The bodies drawn on the date, and those in the data with no dated role then: the diagram's nodes in words. */
function BodiesShown({ state }: { state: GovernanceAsAt }) {
  const date = formatPartialDate(state.date);
  return (
    <section className="app-gov-section" aria-labelledby="gov-bodies-heading">
      <h2 className="govuk-heading-s" id="gov-bodies-heading">
        Bodies and posts shown on {date}
      </h2>
      <ul className="govuk-list govuk-list--bullet">
        {state.bodies.map((b) => (
          <li key={b.body.id}>
            {b.body.name}
            {b.status === 'uncertain' ? ' (uncertain on this date)' : ''}
          </li>
        ))}
      </ul>
      {state.unplaced.length > 0 ? (
        <p className="govuk-body">
          Also in the data, with no dated role recorded on this date:{' '}
          {state.unplaced.map((b) => toPlainName(b)).join('; ')}.
        </p>
      ) : null}
    </section>
  );
}
