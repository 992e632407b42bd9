import { asAtNotice } from '../domain/asAt';
import { useAsAtProblem } from './useAsAt';

/**
 * A polite notice when the link's `asAt` could not be used: the page shows the default date and
 * says so, on the first paint too (the server renders it), never an error page or a blank.
 */
export function AsAtNotice() {
  const found = useAsAtProblem();
  if (!found) return null;
  return (
    <div className="govuk-inset-text app-as-at-notice" data-testid="as-at-notice">
      <p className="govuk-body govuk-!-margin-bottom-0">
        <strong>Date not used.</strong> {asAtNotice(found.problem, found.fallback, found.coverage)}
      </p>
    </div>
  );
}
