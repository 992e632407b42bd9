import type { SourceDoc, SourceRef } from '../domain/types';
import { toSafeHref } from '../lib/safeUrl';

/**
 * A record's citations as a list: each source by title (linked only where it has an https
 * address), where in it, and what it says where that differs from the record.
 */
export function SourceList({
  refs,
  sources,
}: {
  refs: readonly SourceRef[];
  sources: ReadonlyMap<string, SourceDoc>;
}) {
  if (refs.length === 0) return <span className="app-muted">None recorded</span>;
  return (
    <ul className="govuk-list app-compact-list">
      {refs.map((ref, i) => {
        const doc = sources.get(ref.source);
        const href = toSafeHref(doc?.url);
        const title = doc?.title ?? ref.source;
        return (
          <li key={`${ref.source}-${i}`}>
            {href ? (
              <a className="govuk-link" href={href} rel="noopener noreferrer">
                {title}
              </a>
            ) : (
              title
            )}
            <span className="app-muted">, {ref.locator}</span>
            {ref.says ? <span className="app-note">It says: {ref.says}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}

/** Citations as plain text, for tables and CSV. */
export const citeText = (
  refs: readonly SourceRef[],
  sources: ReadonlyMap<string, SourceDoc>,
): string =>
  refs.map((r) => `${sources.get(r.source)?.title ?? r.source} (${r.locator})`).join('; ');
