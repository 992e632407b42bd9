import { Link } from 'wouter';
import { governanceSpec } from '../../charts/governance/spec';
import { ladderSpec } from '../../charts/rating-ladder/spec';
import { SpecView } from '../../charts/shared/SpecView';
import { timelineSpec } from '../../charts/timeline/spec';
import type { PartialDate } from '../../domain/dates';
import type { DataFiles } from '../../domain/types';

/** The width of one of three columns at 1280 px, before the real one is measured. */
const COLUMN_WIDTH = 382;

/**
 * The three small charts under the briefing, each drawn from its spec on the compact surface. Each
 * is a component of its own, so that React can pause between them while it hydrates the page
 * (issue 8: TBT): one component's work cannot be split.
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
      <SpecView
        spec={timelineSpec}
        id="compact-timeline"
        data={files}
        query={asAtQuery}
        surface="compact"
        fallbackWidth={COLUMN_WIDTH}
        footer={
          <Link className="govuk-link" href={`/timeline${shared}`}>
            Open the full timeline
          </Link>
        }
      />
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
