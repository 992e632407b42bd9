import { useQueryClient } from '@tanstack/react-query';
import { DATA_FILE_NAMES } from '../../data/files';
import { useCallback, useMemo } from 'react';
import { Link } from 'wouter';
import {
  useGovernance,
  useInspections,
  metaQuery,
  useMilestones,
  useSources,
} from '../../data/queries';
import { filterRows, isSortKey, sortRows, type SortDirection } from '../../domain/recordFilters';
import {
  RECORD_KIND_LABELS,
  toRecordRowsSteps,
  type RecordKind,
  type RecordRow,
} from '../../domain/records';
import { downloadText } from '../../lib/download';
import { toExportFileName } from '../../lib/export/fileName';
import { toCsv } from '../../lib/csv';
import { useSteps } from '../../lib/useSteps';
import { useUrlParam } from '../../lib/useUrlState';
import { DataConsistency } from '../../ui/DataConsistency';
import { DataError, Loading } from '../../ui/DataState';
import { Page } from '../../ui/Page';
import { Pager, usePaged } from '../../ui/Pager';
import { SelectFilter } from '../../ui/SelectFilter';
import { RecordTable } from './RecordTable';

const isConfidence = (value: string): value is 'high' | 'medium' | 'low' =>
  value === 'high' || value === 'medium' || value === 'low';

const KINDS = Object.keys(RECORD_KIND_LABELS) as RecordKind[];
const KIND_OPTIONS = KINDS.map((k) => ({ value: k, label: RECORD_KIND_LABELS[k] }));
const CONFIDENCE_OPTIONS = [
  { value: 'high', label: 'High' },
  { value: 'medium', label: 'Medium' },
  { value: 'low', label: 'Low' },
];
const RECORD_FILES = ['inspections.json', 'milestones.json', 'governance.json'] as const;
const NO_ROWS: RecordRow[] = [];

export function DataView() {
  const inspections = useInspections();
  const milestones = useMilestones();
  const governance = useGovernance();
  const sources = useSources();
  // The data version is read from the cache when a CSV is asked for: subscribing with useMeta here
  // made the pre-rendered page fail to hydrate in the 200% zoom browser test (React error 425).
  const queryClient = useQueryClient();
  const queries = [inspections, milestones, governance];

  const [kind, setKind] = useUrlParam('kind');
  const [confidence, setConfidence] = useUrlParam('confidence');
  const [flagged, setFlagged] = useUrlParam('flagged');
  const [text, setText] = useUrlParam('q');
  const [sortParam, setSort] = useUrlParam('sort', 'date');
  const [dirParam, setDir] = useUrlParam('dir', 'ascending');
  const sortKey = isSortKey(sortParam) ? sortParam : 'date';
  const direction: SortDirection = dirParam === 'descending' ? 'descending' : 'ascending';

  // 50,000 records took 0.4-0.6 s to derive in one task; a long list is derived in slices, with
  // "Loading records…" shown meanwhile (issue 24).
  const derived = useSteps(
    useCallback(
      () =>
        toRecordRowsSteps({
          inspections: inspections.data,
          milestones: milestones.data,
          governance: governance.data,
        }),
      [inspections.data, milestones.data, governance.data],
    ),
  );
  const allRows = derived.value ?? NO_ROWS;
  const rows = useMemo(() => {
    const filtered = filterRows(allRows, {
      kind: KINDS.includes(kind as RecordKind) ? (kind as RecordKind) : '',
      confidence: isConfidence(confidence) ? confidence : '',
      flaggedOnly: flagged === '1',
      text,
    });
    // The rows arrive in date order and filtering keeps it: sorting them again by date read two
    // dates at each of 50,000 comparisons on the first draw (issue 24).
    return sortKey === 'date' && direction === 'ascending'
      ? filtered
      : sortRows(filtered, sortKey, direction);
  }, [allRows, kind, confidence, flagged, text, sortKey, direction]);
  const titles = useMemo(
    () => new Map((sources.data?.sources ?? []).map((s) => [s.id, s.title] as const)),
    [sources.data],
  );

  // Pages of 100: 50,000 records in one table blocked the main thread for 18.5 s (issue 24).
  const paged = usePaged(
    rows,
    [kind, confidence, flagged, text, sortKey, direction].join('\u0000'),
    (row) => `record-${row.id}`,
  );
  const { range } = paged;
  const count = (n: number) => n.toLocaleString('en-GB');
  const shownText =
    range.pages === 1
      ? `Showing ${rows.length} of ${allRows.length} records`
      : `Showing ${count(range.start + 1)}–${count(range.end)} of ${count(rows.length)} records${rows.length === allRows.length ? '' : ` that match (${count(allRows.length)} in all)`}`;

  const pending = queries.some((q) => q.isPending);
  // Nothing to show yet, or only rows that are being replaced by a longer list.
  const loading = (pending && allRows.length === 0) || derived.pending;
  // Records from the files that have arrived are shown at once; say which are still on their way,
  // so a partial list never reads as the whole dataset.
  const stillLoading = RECORD_FILES.filter((_, i) => queries[i]?.isPending);
  const failed = queries.filter((q) => q.isError && q.data === undefined);
  const flaggedCount = allRows.filter((r) => r.flags.length > 0).length;

  const downloadCsv = (which: 'shown' | 'all') => {
    const list = which === 'shown' ? rows : allRows;
    downloadText(
      // The records have no as-at date: the data version names the file.
      toExportFileName({
        chart: 'records',
        version: queryClient.getQueryData(metaQuery().queryKey)?.version ?? null,
        preset: which === 'shown' ? 'filtered' : null,
        extension: 'csv',
      }),
      toCsv(
        ['id', 'kind', 'dates', 'record', 'detail', 'sources', 'confidence', 'flags', 'notes'],
        list.map((r) => [
          r.id,
          RECORD_KIND_LABELS[r.kind],
          r.dateLabel,
          r.title,
          r.detail,
          r.sources.map((s) => `${s.source} (${s.locator})`).join('; '),
          r.confidence,
          r.flags.map((f) => `${f.kind} [${f.field}]: ${f.message}`).join(' | '),
          r.notes ?? '',
        ]),
      ),
      'text/csv;charset=utf-8',
    );
  };

  return (
    <Page
      title="Data"
      lead="Every record in the dataset, with the sources it cites, how sure we are of it, and any disagreement or error in the sources."
    >
      {failed.map((q, i) => (
        <DataError key={i} error={q.error} onRetry={() => void q.refetch()} />
      ))}
      <DataConsistency />

      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">How to read confidence and flags</span>
        </summary>
        <div className="govuk-details__text">
          <p className="govuk-body">
            <strong>High</strong>: stated in an official or primary document, or in two or more
            independent reliable reports that agree. <strong>Medium</strong>: reported by one
            reliable secondary source, such as a newspaper or a council. <strong>Low</strong>:
            indirect or inferred.
          </p>
          <p className="govuk-body">
            A <strong>conflict</strong> flag means sources disagree: both versions are kept. A{' '}
            <strong>source error</strong> flag means a source says something that cannot be right
            (such as a date that does not exist): what it says is kept and marked.
          </p>
        </div>
      </details>

      <form
        className="app-filters"
        role="search"
        aria-label="Filter records"
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="govuk-form-group app-filters__item">
          <label className="govuk-label" htmlFor="filter-text">
            Find
          </label>
          <input
            className="govuk-input"
            id="filter-text"
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <SelectFilter
          id="filter-kind"
          label="Kind of record"
          boldLabel={false}
          value={kind}
          any="All kinds"
          options={KIND_OPTIONS}
          onChange={setKind}
        />
        <SelectFilter
          id="filter-confidence"
          label="Confidence"
          boldLabel={false}
          value={confidence}
          any="Any"
          options={CONFIDENCE_OPTIONS}
          onChange={setConfidence}
        />
        <div className="govuk-form-group app-filters__item">
          <div className="govuk-checkboxes govuk-checkboxes--small">
            <div className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id="filter-flagged"
                type="checkbox"
                checked={flagged === '1'}
                onChange={(e) => setFlagged(e.target.checked ? '1' : null)}
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor="filter-flagged">
                Only flagged records ({flaggedCount})
              </label>
            </div>
          </div>
        </div>
      </form>

      <p className="govuk-body" role="status" aria-live="polite">
        {loading
          ? 'Loading records…'
          : `${shownText}${stillLoading.length > 0 ? `; still loading the records in ${stillLoading.join(' and ')}` : ''}.`}
      </p>

      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => downloadCsv('shown')}
        >
          Download these {rows.length} records (CSV)
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => downloadCsv('all')}
        >
          Download all records (CSV)
        </button>
      </div>

      {loading ? (
        <Loading what="records" />
      ) : (
        <>
          <RecordTable
            rows={paged.shown}
            sourceTitles={titles}
            sortKey={sortKey}
            direction={direction}
            onSort={(key) => {
              const nextDir =
                key === sortKey && direction === 'ascending' ? 'descending' : 'ascending';
              setSort(key);
              setDir(nextDir);
            }}
          />
          <Pager range={range} label="Pages of records" onPage={paged.setPage} />
        </>
      )}

      <h2 className="govuk-heading-m">The data files</h2>
      <p className="govuk-body">
        The dataset is a set of JSON files, each checked against its published format. Download them
        as they are:
      </p>
      <ul className="govuk-list govuk-list--bullet">
        {DATA_FILE_NAMES.map((file) => (
          <li key={file}>
            <a className="govuk-link" href={`/data/${file}`} download>
              {file}
            </a>
          </li>
        ))}
      </ul>
      <p className="govuk-body">
        <code>national.json</code> holds Ofsted&apos;s judgements of every English local authority,
        converted from the national comparator file; see the{' '}
        <Link href="/england">England comparison</Link>.
      </p>
    </Page>
  );
}
