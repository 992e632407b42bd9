/**
 * Every chart spec by its embed name. Adding a chart to embeds, exports and the gallery is one
 * line here. Each spec is its own chunk, so an embed loads only the chart it shows (the 90 KiB
 * embed budget, scripts/check-size.mjs).
 */
import type { EmbedChartName } from '../lib/embedCode';
import type { AnyChartSpec } from './shared/spec';

export const CHART_SPECS: Record<EmbedChartName, () => Promise<AnyChartSpec>> = {
  timeline: () => import('./timeline/spec').then((m) => m.timelineSpec),
  'rating-ladder': () => import('./rating-ladder/spec').then((m) => m.ladderSpec),
  'rating-flows': () => import('./rating-flows/spec').then((m) => m.flowsSpec),
  'transition-matrix': () => import('./transition-matrix/spec').then((m) => m.matrixSpec),
  'round-flows': () => import('./rating-flows/roundFlowsSpec').then((m) => m.roundFlowsSpec),
  'grade-distribution': () => import('./grade-distribution/spec').then((m) => m.distributionSpec),
  governance: () => import('./governance/spec').then((m) => m.governanceSpec),
  powers: () => import('./governance/powersSpec').then((m) => m.powersSpec),
  journey: () => import('./journey/spec').then((m) => m.journeySpec),
  'rating-history': () => import('./rating-history/spec').then((m) => m.historySpec),
  'authority-compare': () => import('./authority-compare/spec').then((m) => m.compareSpec),
  'period-transitions': () => import('./period-transitions/spec').then((m) => m.periodSpec),
  'england-line': () => import('./england-line/spec').then((m) => m.englandLineSpec),
};
