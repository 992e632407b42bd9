import { useMemo } from 'react';
import { Link } from 'wouter';
import { useGovernance, useInspections, useMilestones, useSources } from '../../data/queries';
import type { SourceDoc } from '../../data/schemas';
import { formatPartialDate } from '../../domain/dates';
import {
  RECORD_KIND_LABELS,
  toCitationsBySource,
  toRecordRows,
  type Citation,
} from '../../domain/records';
import { toSafeHref } from '../../lib/safeUrl';
import { DataError, QueryGate } from '../../ui/DataState';
import { Page } from '../../ui/Page';
import { describePage, Pager, usePaged } from '../../ui/Pager';

const KIND_LABELS: Record<SourceDoc['kind'], string> = {
  letter: 'Letter',
  direction: 'Statutory direction',
  'news-story': 'News story',
  report: 'Report',
  'inspection-report': 'Inspection report',
  'statutory-instrument': 'Statutory instrument',
  'press-report': 'Press report',
  'council-release': 'Council news release',
  'parliamentary-record': 'Parliamentary record',
  dataset: 'Dataset',
  'web-page': 'Web page',
  'research-note': 'Research note',
};

export function SourcesView() {
  const sources = useSources();
  const inspections = useInspections();
  const milestones = useMilestones();
  const governance = useGovernance();
  const citations = useMemo(
    () =>
      toCitationsBySource(
        toRecordRows({
          inspections: inspections.data,
          milestones: milestones.data,
          governance: governance.data,
        }),
      ),
    [inspections.data, milestones.data, governance.data],
  );
  const citing = [inspections, milestones, governance].filter((q) => q.isError && !q.data);

  return (
    <Page
      title="Sources"
      lead="Each document the data cites, what it is, where to find it, and every record that cites it."
    >
      {citing.map((q, i) => (
        <DataError key={i} error={q.error} onRetry={() => void q.refetch()} />
      ))}
      <QueryGate query={sources} what="the list of sources">
        {(file) => <PagedSources sources={file.sources} citations={citations} />}
      </QueryGate>
    </Page>
  );
}

/** Pages of 100: 20,000 sources on one page blocked the main thread for 4.8 s (issue 24). */
function PagedSources({
  sources,
  citations,
}: {
  sources: readonly SourceDoc[];
  citations: ReadonlyMap<string, Citation[]>;
}) {
  const { range, shown, setPage } = usePaged(sources, '', (source) => `source-${source.id}`);
  return (
    <>
      <p className="govuk-body" role="status">
        {range.pages === 1
          ? `${sources.length} sources.`
          : `${describePage(range, sources.length, 'sources')}.`}
      </p>
      {shown.map((source) => (
        <SourceEntry key={source.id} source={source} citations={citations.get(source.id) ?? []} />
      ))}
      <Pager range={range} label="Pages of sources" onPage={setPage} />
    </>
  );
}

function SourceEntry({ source, citations }: { source: SourceDoc; citations: Citation[] }) {
  const href = toSafeHref(source.url);
  const rows: [string, React.ReactNode][] = [
    ['Kind', KIND_LABELS[source.kind]],
    ['Date', source.date ? formatPartialDate(source.date) : 'Not known'],
    ...(source.dateNote ? ([['About the date', source.dateNote]] as [string, string][]) : []),
    ...(source.author ? ([['From', source.author]] as [string, string][]) : []),
    ...(source.recipient ? ([['To', source.recipient]] as [string, string][]) : []),
    ...(source.publisher ? ([['Publisher', source.publisher]] as [string, string][]) : []),
    [
      'Public address',
      href ? (
        <a className="govuk-link app-break" href={href} rel="noopener noreferrer">
          {href}
        </a>
      ) : (
        'No public address known'
      ),
    ],
    ...(source.urlNote ? ([['About the address', source.urlNote]] as [string, string][]) : []),
    ...(source.researchCode
      ? ([['Research sheet code', source.researchCode]] as [string, string][])
      : []),
    ...(source.summary ? ([['Summary', source.summary]] as [string, string][]) : []),
  ];
  return (
    <section className="app-source" aria-labelledby={`source-${source.id}`}>
      <h2 className="govuk-heading-m" id={`source-${source.id}`} tabIndex={-1}>
        {source.title}
      </h2>
      <p className="govuk-body-s app-muted">Id: {source.id}</p>
      <dl className="govuk-summary-list">
        {rows.map(([key, value]) => (
          <div className="govuk-summary-list__row" key={key}>
            <dt className="govuk-summary-list__key">{key}</dt>
            <dd className="govuk-summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
      <h3 className="govuk-heading-s">
        Cited by {citations.length} {citations.length === 1 ? 'record' : 'records'}
      </h3>
      {citations.length === 0 ? (
        <p className="govuk-body">No record cites this source.</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {citations.map(({ row, locators }) => (
            <li key={`${row.kind}-${row.id}`}>
              <Link className="govuk-link" href={`/data?q=${encodeURIComponent(row.id)}`}>
                {row.title}
              </Link>{' '}
              ({RECORD_KIND_LABELS[row.kind].toLowerCase()}; {locators.join('; ')})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
