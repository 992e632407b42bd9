import type { SourceDoc, SourceRef } from '../../data/schemas';
import { toSafeHref } from '../../lib/safeUrl';

/** Citations as a list: each source's title (linked where it has an https address) and where in it. */
export function SourceRefs({
  refs,
  sources,
}: {
  refs: readonly SourceRef[];
  sources: ReadonlyMap<string, SourceDoc>;
}) {
  if (refs.length === 0) return <span className="app-muted">None recorded</span>;
  return (
    <ul className="govuk-list app-compact-list app-gov-sources">
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
            {ref.says ? <span className="app-muted"> (says “{ref.says}”)</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
