import type { PlacedGovernance } from './types';

/**
 * The lines whose label found no clear spot on the diagram, or only its verb: each in words under
 * it, so no label is ever drawn over another and none is lost (the table has them all too).
 */
export function UnlabelledLines({ placed }: { placed: PlacedGovernance }) {
  if (placed.unlabelled.length === 0) return null;
  const nameOf = new Map(placed.nodes.map((n) => [n.id, n.label] as const));
  return (
    <div className="app-gov-unlabelled">
      <p className="govuk-body-s govuk-!-margin-bottom-1">
        {placed.unlabelled.length === 1 ? 'A line' : 'Lines'} labelled here, not in full on the
        diagram:
      </p>
      <ul className="govuk-list govuk-body-s">
        {placed.unlabelled.map((e) => (
          <li key={e.id}>
            {nameOf.get(e.from) ?? e.from} {e.verb} {nameOf.get(e.to) ?? e.to}
            {e.note ? ` (${e.note})` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}
