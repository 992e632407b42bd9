import { Link } from 'wouter';
import type { BriefingPosition } from '../../domain/briefingSummary';
import { documentName, sourceRank } from '../../domain/citations';
import type { SourceDoc, SourceRef } from '../../domain/types';

/**
 * Every source cited by what the page shows (judgements, visit, directions, powers, expectations),
 * primary documents first, each named by its kind and date before its title.
 */
export function collectCitedSources(
  position: BriefingPosition,
  sources: readonly SourceDoc[],
): SourceDoc[] {
  const refs: SourceRef[] = [
    ...[...position.judgements.values()].flatMap((j) =>
      [j.inspection, ...j.alongside].flatMap((i) => i.sources),
    ),
    ...(position.visit?.sources ?? []),
    ...position.governance.relationships
      .filter((r) => r.relationship.type === 'directs')
      .flatMap((r) => r.relationship.sources),
    ...position.governance.powers.flatMap((p) => p.power.sources),
    ...position.today.flatMap((m) => m.sources),
    ...position.expectations.flatMap((e) => e.milestone.sources),
  ];
  const ids = new Set(refs.map((r) => r.source));
  // The research sheet ("finder") says where a fact was found; it is not evidence for it.
  // Primary documents first (issue 20), each group in the file's order.
  return sources
    .filter((s) => ids.has(s.id) && s.standing !== 'finder')
    .map((s, i) => ({ s, i, rank: sourceRank(s) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map(({ s }) => s);
}

export function CitedSources({ sources }: { sources: readonly SourceDoc[] }) {
  if (sources.length === 0) return null;
  return (
    <div className="app-briefing__sources">
      <h2 className="govuk-heading-s">Sources cited on this page</h2>
      <ol className="govuk-list govuk-list--number app-briefing__list app-briefing__cited">
        {sources.map((s) => (
          <li key={s.id}>
            <Link className="govuk-link" href={`/sources#source-${s.id}`}>
              {documentName(s)}: {s.title}
            </Link>
          </li>
        ))}
      </ol>
    </div>
  );
}
