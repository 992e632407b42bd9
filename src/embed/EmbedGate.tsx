import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { isDataLoadError } from '../data/load';

/**
 * Render once the data is here; else what went wrong, in words a reader can act on, with Try
 * again; else a polite loading message. (The app's fuller DataError lists each schema problem;
 * an embed names the file and sends the reader to the full view.)
 */
export function EmbedGate<T>({
  data,
  failed,
  what,
  children,
}: {
  data: T | undefined;
  failed: UseQueryResult<unknown> | undefined;
  what: string;
  children: (data: T) => ReactNode;
}) {
  if (data !== undefined) return <>{children(data)}</>;
  if (failed) {
    const error = isDataLoadError(failed.error) ? failed.error : null;
    return (
      <div className="govuk-error-summary" data-file={error?.file}>
        <div role="alert">
          <h2 className="govuk-error-summary__title">
            {error?.kind === 'no-version'
              ? 'Sorry, this data version does not exist'
              : error
                ? `Sorry, the data file ${error.file} could not be used`
                : 'Sorry, there is a problem with the service'}
          </h2>
          <div className="govuk-error-summary__body">
            <p className="govuk-body">{error ? error.message : 'Try again later.'}</p>
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => void failed.refetch()}
            >
              Try again
            </button>
          </div>
        </div>
      </div>
    );
  }
  return (
    <p className="govuk-body" role="status">
      Loading {what}…
    </p>
  );
}
