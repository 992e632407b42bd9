import type { Flag } from '../data/schemas';

const FLAG_LABELS: Record<Flag['kind'], string> = {
  conflict: 'Sources disagree',
  'source-error': 'Source error',
  uncertain: 'Uncertain',
};

/** A record's flags, each with its kind in words (never colour alone) and its explanation. */
export function FlagList({ flags }: { flags: readonly Flag[] }) {
  if (flags.length === 0) return <span className="app-muted">None</span>;
  return (
    <ul className="govuk-list app-compact-list">
      {flags.map((flag, i) => (
        <li key={i} className="app-flag">
          <strong className={`govuk-tag app-tag app-tag--${flag.kind}`}>
            {FLAG_LABELS[flag.kind]}
          </strong>{' '}
          <span className="app-flag__field">({flag.field})</span> {flag.message}
        </li>
      ))}
    </ul>
  );
}
