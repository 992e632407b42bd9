import { findDroppedDateParams } from '../lib/droppedParams';
import { useSearchParamsValue } from '../lib/useUrlState';

/** Longest part of a dropped value shown back to the reader; the address may hold anything. */
const SHOWN = 40;
const shorten = (value: string) => (value.length > SHOWN ? `${value.slice(0, SHOWN)}…` : value);

/**
 * A polite notice that a date in the address could not be read and was left out: the page shows
 * its default instead of an error.
 */
export function DroppedParamsNotice() {
  const dropped = findDroppedDateParams(useSearchParamsValue());
  if (dropped.length === 0) return null;
  return (
    <div className="govuk-inset-text app-dropped-params" role="status" data-testid="dropped-params">
      {dropped.length === 1 ? 'A date in the address was' : 'Dates in the address were'} not used
      because {dropped.length === 1 ? 'it is not a real day' : 'they are not real days'} from 1900
      to 2100 written as YYYY-MM-DD:{' '}
      {dropped.map((d, i) => (
        <span key={i}>
          {i > 0 ? ', ' : null}
          {d.name} “{shorten(d.value)}”
        </span>
      ))}
      . The page shows its default instead.
    </div>
  );
}
