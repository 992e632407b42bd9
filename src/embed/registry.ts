/**
 * The embeddable charts: each name (as in `/embed/<name>/` and `?chart=<name>`) to the component
 * that loads its data and draws it alone, the view that shows it in full, its source line and
 * the data files the pre-renderer puts into its page.
 */
import { lazy, type PreloadableComponent } from '../lib/lazy';
import type { DataFileName } from '../data/load';
import type { EmbedChartName } from '../lib/embedCode';

// Each chart is its own chunk, so an embed loads only the chart it shows (issue 8 asks for 90 KiB: scripts/check-size.mjs).
const DistributionEmbed = lazy(() => import('./charts/DistributionEmbed').then((m) => ({ default: m.DistributionEmbed })));
const FlowsEmbed = lazy(() => import('./charts/FlowsEmbed').then((m) => ({ default: m.FlowsEmbed })));
const GovernanceEmbed = lazy(() => import('./charts/GovernanceEmbed').then((m) => ({ default: m.GovernanceEmbed })));
const LadderEmbed = lazy(() => import('./charts/LadderEmbed').then((m) => ({ default: m.LadderEmbed })));
const MatrixEmbed = lazy(() => import('./charts/MatrixEmbed').then((m) => ({ default: m.MatrixEmbed })));
const RoundFlowsEmbed = lazy(() => import('./charts/RoundFlowsEmbed').then((m) => ({ default: m.RoundFlowsEmbed })));
const PowersEmbed = lazy(() => import('./charts/PowersEmbed').then((m) => ({ default: m.PowersEmbed })));
const TimelineEmbed = lazy(() => import('./charts/TimelineEmbed').then((m) => ({ default: m.TimelineEmbed })));

export interface EmbedChart {
  /** For the page title before the chart's own (date-dependent) title renders. */
  label: string;
  /** The app view with the full chart, its controls and its details. */
  fullView: string;
  /** Where the data comes from, for the source line. */
  source: string;
  data: readonly DataFileName[];
  /** Drawn inside the embed's Suspense boundary; preloaded before a pre-rendered embed hydrates. */
  Component: PreloadableComponent<() => React.JSX.Element>;
}

const LOCAL_SOURCES = "Ofsted inspection reports, and DfE and MHCLG directions, letters and announcements (listed on the dashboard's Sources page)";
const NATIONAL_SOURCES = 'Ofsted inspection reports for every English local authority, compiled by the ofsted-ilacs-scrape-tool project (Open Government Licence v3.0)';

export const EMBED_REGISTRY: Record<EmbedChartName, EmbedChart> = {
  timeline: {
    label: 'Timeline',
    fullView: '/timeline',
    source: LOCAL_SOURCES,
    data: ['inspections.json', 'milestones.json', 'governance.json'],
    Component: TimelineEmbed,
  },
  'rating-ladder': {
    label: 'How each judgement moved',
    fullView: '/transitions',
    source: LOCAL_SOURCES,
    data: ['inspections.json', 'milestones.json', 'governance.json', 'sources.json'],
    Component: LadderEmbed,
  },
  'rating-flows': {
    label: 'Which areas rose, fell or stayed',
    fullView: '/transitions',
    source: LOCAL_SOURCES,
    data: ['inspections.json', 'governance.json'],
    Component: FlowsEmbed,
  },
  'transition-matrix': {
    label: 'Transition matrix, English local authorities',
    fullView: '/england',
    source: NATIONAL_SOURCES,
    data: ['national.json'],
    Component: MatrixEmbed,
  },
  'round-flows': {
    label: 'Every authority from each report to the next',
    fullView: '/england',
    source: NATIONAL_SOURCES,
    data: ['national.json'],
    Component: RoundFlowsEmbed,
  },
  'grade-distribution': {
    label: 'Grades in force, English local authorities',
    fullView: '/england',
    source: `${NATIONAL_SOURCES}; the county council's own judgements from ${LOCAL_SOURCES}`,
    data: ['national.json', 'inspections.json', 'governance.json'],
    Component: DistributionEmbed,
  },
  governance: {
    label: 'Governance',
    fullView: '/governance',
    source: LOCAL_SOURCES,
    data: ['governance.json', 'sources.json'],
    Component: GovernanceEmbed,
  },
  powers: {
    label: 'Who held which powers',
    fullView: '/governance',
    source: LOCAL_SOURCES,
    data: ['governance.json', 'sources.json'],
    Component: PowersEmbed,
  },
};
