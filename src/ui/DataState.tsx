import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isDataLoadError } from '../data/load';
import { formatDataProblem, type DataProblem } from '../data/problems';

const MAX_PROBLEMS_SHOWN = 10;

/** What a person can do about a failed data file: which file, record and field, and try again. */
export function DataError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const dataError = isDataLoadError(error) ? error : null;
  const problems = dataError?.problems ?? [];
  const heading =
    dataError === null
      ? 'Sorry, there is a problem with the service'
      : dataError.kind === 'schema' || dataError.kind === 'malformed'
        ? `There is a problem with the data file ${dataError.file}`
        : `Sorry, the data file ${dataError.file} could not be loaded`;
  return (
    <div className="govuk-error-summary app-data-error" data-file={dataError?.file}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{heading}</h2>
        <div className="govuk-error-summary__body">
          {dataError === null ? (
            <p className="govuk-body">Try again later.</p>
          ) : problems.length > 0 ? (
            <>
              <p className="govuk-body">
                The file does not match its format, so the records in it are not shown. Fix{' '}
                {problems.length === 1 ? 'this problem' : `these ${problems.length} problems`}{' '}
                (file: JSON path: what is wrong):
              </p>
              <DataProblemList problems={problems} />
            </>
          ) : (
            <p className="govuk-body">
              {dataError.message}{' '}
              {dataError.isTransient ? 'Try again in a moment.' : 'Try again later.'}
            </p>
          )}
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onRetry}>
            Try again
          </button>
        </div>
      </div>
    </div>
  );
}

/** Problems in data files, one `file: path (record): message` line each, the first ten shown. */
export function DataProblemList({ problems }: { problems: readonly DataProblem[] }) {
  return (
    <>
      <ul className="govuk-list govuk-error-summary__list">
        {problems.slice(0, MAX_PROBLEMS_SHOWN).map((p, i) => (
          <li key={i}>
            <code className="app-code">{formatDataProblem(p)}</code>
          </li>
        ))}
      </ul>
      {problems.length > MAX_PROBLEMS_SHOWN ? (
        <p className="govuk-body">
          And {problems.length - MAX_PROBLEMS_SHOWN} more: run <code>npm run validate-data</code> to
          list them all.
        </p>
      ) : null}
    </>
  );
}

/** A polite loading message that names what is loading. */
export function Loading({ what }: { what: string }) {
  return (
    <p className="govuk-body app-loading" role="status">
      Loading {what}…
    </p>
  );
}

/** Render children with a query's data, or its loading or error state. */
export function QueryGate<T>({
  query,
  what,
  children,
}: {
  query: UseQueryResult<T>;
  what: string;
  children: (data: T) => ReactNode;
}) {
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.isError) return <DataError error={query.error} onRetry={() => void query.refetch()} />;
  return <Loading what={what} />;
}
