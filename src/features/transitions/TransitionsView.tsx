import { useMemo } from 'react';
import { ladderSpec } from '../../charts/rating-ladder/spec';
import { flowsSpec, toSideLabel } from '../../charts/rating-flows/spec';
import { getSourceMap } from '../../charts/shared/params';
import { ChartSurface, SpecView } from '../../charts/shared/SpecView';
import { useChart, useSpecParams } from '../../charts/shared/useChart';
import { useElementWidth } from '../../charts/shared/useElementWidth';
import { useDataFiles } from '../../data/queries';
import { AREA_LABELS } from '../../domain/ratings';
import { LADDER_AREAS } from '../../domain/transitions';
import type { DataFiles, JudgementArea } from '../../domain/types';
import { setUrlParams, useSearchParamsValue, useUrlParam } from '../../lib/useUrlState';
import { ChartActions } from '../../ui/ChartActions';
import { useChartUrlState } from '../../ui/useChartUrlState';
import { DataError, Loading } from '../../ui/DataState';
import { Page } from '../../ui/Page';
import { LadderDetails } from './LadderDetails';

const FILES = [
  'meta.json',
  'inspections.json',
  'milestones.json',
  'governance.json',
  'sources.json',
] as const;
type TransitionsFiles = Pick<DataFiles, (typeof FILES)[number]>;

const isArea = (value: string): value is JudgementArea =>
  (LADDER_AREAS as string[]).includes(value);

export function TransitionsView() {
  const { data, failed } = useDataFiles(FILES);
  return (
    <Page
      title="Rating transitions"
      lead="How Ofsted’s judgements of Northamptonshire’s children’s services moved, across three inspection frameworks and the handover from the county council to the trust and two new councils."
    >
      <div className="govuk-inset-text">
        The scale runs inadequate, requires improvement (or “adequate” before November 2013), good,
        outstanding. The frameworks are not the same scale, so the chart keeps each grade as the
        framework gave it. Focused and monitoring visits give no grade: they are shown as diamonds
        with their findings.
      </div>
      {failed ? (
        <DataError error={failed.error} onRetry={() => void failed.refetch()} />
      ) : !data ? (
        <Loading what="the judgements" />
      ) : (
        <>
          <LadderSection files={data} />
          <FlowsSection files={data} />
        </>
      )}
    </Page>
  );
}

function LadderSection({ files }: { files: TransitionsFiles }) {
  const query = useSearchParamsValue().toString();
  const [area, setArea] = useUrlParam('area', 'all');
  const urlState = useChartUrlState('mark', 'ladderView');
  const { selected, onSelect: setSelected } = urlState;
  const [ref, width] = useElementWidth<HTMLDivElement>(ladderSpec.fallbackWidth);
  const params = useSpecParams(ladderSpec, query, files);
  const chart = useChart(ladderSpec, files, params, 'page', width);
  const milestones = useMemo(
    () => new Map(files['milestones.json'].milestones.map((m) => [m.id, m] as const)),
    [files],
  );
  return (
    <>
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor="ladder-area">
          Judgement area
        </label>
        <select
          className="govuk-select"
          id="ladder-area"
          value={isArea(area) ? area : 'all'}
          onChange={(e) => setArea(e.target.value)}
        >
          <option value="all">All areas</option>
          {LADDER_AREAS.map((a) => (
            <option key={a} value={a}>
              {AREA_LABELS[a]}
            </option>
          ))}
        </select>
      </div>
      <ChartSurface
        spec={ladderSpec}
        chart={chart}
        surface="page"
        measure={ref}
        {...urlState}
        actions={(c) => (
          <ChartActions chart="rating-ladder" title={c.text.title} data={c.getTable} />
        )}
        after={
          <p className="govuk-body-s app-muted">
            Use Tab to reach the chart, then the arrow keys to move between marks; Enter or Space
            shows details.
          </p>
        }
      />
      {selected ? (
        <LadderDetails
          ladder={chart.layout}
          selected={selected}
          sources={getSourceMap(files['sources.json'])}
          milestones={milestones}
          onClose={() => setSelected(null)}
        />
      ) : null}
    </>
  );
}

function FlowsSection({ files }: { files: TransitionsFiles }) {
  const query = useSearchParamsValue().toString();
  const urlState = useChartUrlState('flow', 'flowsView');
  const names = useMemo(
    () => new Map(files['governance.json'].bodies.map((b) => [b.id, b.shortName] as const)),
    [files],
  );
  return (
    <SpecView
      spec={flowsSpec}
      data={files}
      query={query}
      surface="page"
      {...urlState}
      actions={(c) => <ChartActions chart="rating-flows" title={c.text.title} data={c.getTable} />}
      controls={(c) =>
        c.model.pair ? (
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor="flow-pair">
              Between the full inspections
            </label>
            <select
              className="govuk-select app-select-wide"
              id="flow-pair"
              value={c.model.pair.id}
              onChange={(e) => setUrlParams({ pair: e.target.value, flow: null })}
            >
              {c.model.pairs.map((p) => (
                <option key={p.id} value={p.id}>
                  {toSideLabel(p.before, names)} → {toSideLabel(p.after, names)}
                </option>
              ))}
            </select>
          </div>
        ) : null
      }
    />
  );
}
