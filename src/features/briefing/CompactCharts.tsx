import { Link } from 'wouter';
import { governanceSpec } from '../../charts/governance/spec';
import { ladderSpec } from '../../charts/rating-ladder/spec';
import { SpecView } from '../../charts/shared/SpecView';
import type { PartialDate } from '../../domain/dates';
import type { DataFiles } from '../../domain/types';

/** The width of one of the two columns at 1280 px, before the real one is measured. */
const COLUMN_WIDTH = 580;

/**
 * The small charts under the briefing, each drawn from its spec on the compact surface: the
 * overall judgements and the structure on the date. The journey chart above carries the whole
 * record in time, so the small timeline it replaced is one link away instead (and its code no
 * longer weighs on the home page: issue 8's budget). Each is a component of its own, so that
 * React can pause between them while it hydrates the page (issue 8: TBT).
 */
export function CompactCharts({
  files,
  asAt,
  since,
  shared,
}: {
  files: Pick<
    DataFiles,
    'meta.json' | 'inspections.json' | 'milestones.json' | 'governance.json' | 'sources.json'
  >;
  asAt: PartialDate;
  since: PartialDate | null;
  shared: string;
}) {
  const asAtQuery = `asAt=${asAt}`;
  return (
    <div className="app-briefing__charts">
      <p className="govuk-body-s app-briefing__timeline-link">
        <Link className="govuk-link" href={`/timeline${shared}`}>
          Open the full timeline
        </Link>{' '}
        for every inspection, direction, appointment, letter and report on one time axis.
      </p>
      <SpecView
        spec={ladderSpec}
        id="compact-ladder"
        data={files}
        query="area=overall"
        surface="compact"
        fallbackWidth={COLUMN_WIDTH}
        footer={
          <Link className="govuk-link" href={`/transitions${shared}`}>
            Open the rating transitions
          </Link>
        }
      />
      <SpecView
        spec={governanceSpec}
        id="compact-governance"
        data={files}
        query={`${asAtQuery}${since ? `&since=${since}` : ''}`}
        surface="compact"
        fallbackWidth={COLUMN_WIDTH}
        footer={
          <Link className="govuk-link" href={`/governance${shared}`}>
            Open the governance diagram
          </Link>
        }
      />
    </div>
  );
}
