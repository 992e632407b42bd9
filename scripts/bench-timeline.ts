// Benchmark: how long the Timeline's layout takes per zoom/pan frame on SYNTHETIC timelines of
// 1,000 and 10,000 events (made-up data from src/domain/syntheticTimeline.ts, never shown as real).
// Run: npx tsx scripts/bench-timeline.ts   The budget is 50 ms for the next frame; layout must leave
// most of it to React and the browser, so this reports the layout's share (median, 95th, max).
import { performance } from 'node:perf_hooks';
import { layoutTimeline } from '../src/charts/timeline/layoutTimeline';
import { getFullExtent } from '../src/charts/timeline/prepareEvents';
import { panDomain, zoomDomain, type Domain } from '../src/charts/timeline/zoomDomain';
import { makeSyntheticTimeline } from '../src/domain/syntheticTimeline';
import { LANE_LABELS, TIMELINE_LANES } from '../src/domain/timeline';

const FRAMES = 120;
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

for (const count of [1_000, 10_000]) {
  for (const width of [1280, 375]) {
    const events = makeSyntheticTimeline(count, 42);
    const full = getFullExtent(events);
    let domain: Domain = [full[0], full[1]];
    const first = performance.now();
    layoutTimeline(events, { width, domain, lanes: TIMELINE_LANES, laneLabels: LANE_LABELS });
    const cold = performance.now() - first;
    const times: number[] = [];
    let shown = 0;
    for (let i = 0; i < FRAMES; i++) {
      // Zoom in for a third of the frames, pan for a third, zoom out for the rest.
      domain =
        i < FRAMES / 3
          ? zoomDomain(domain, 1.08, full)
          : i < (2 * FRAMES) / 3
            ? panDomain(domain, 0.03, full)
            : zoomDomain(domain, 1 / 1.08, full);
      const t = performance.now();
      const placed = layoutTimeline(events, {
        width,
        domain,
        lanes: TIMELINE_LANES,
        laneLabels: LANE_LABELS,
        asAt: Date.UTC(2018, 10, 30),
      });
      times.push(performance.now() - t);
      shown = Math.max(shown, placed.marks.length + placed.clusters.length);
    }
    times.sort((a, b) => a - b);
    const ms = (n: number) => `${n.toFixed(2)} ms`;
    console.log(
      `${String(count).padStart(6)} synthetic events @ ${width}px: first layout ${ms(cold)}; per frame median ${ms(quantile(times, 0.5))}, p95 ${ms(quantile(times, 0.95))}, max ${ms(times.at(-1)!)}; at most ${shown} marks and clusters drawn`,
    );
  }
}
