/**
 * SYNTHETIC timelines for tests and the benchmark only: made-up events, clearly labelled as
 * such in every title and id, never shown as data. Seeded, so a run can be repeated exactly.
 * They mix what the real data has: days, months and years, known and unknown ends, ungraded
 * visits, expected events, disputed dates and undated records.
 */
import type { Grade } from './types';
import { compareEvents, TIMELINE_LANES, type TimelineEvent } from './timeline';

/** mulberry32: a small, fast, seedable generator (not for anything secret). */
export function makeRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GRADES: Grade[] = ['inadequate', 'requires-improvement', 'good', 'outstanding', 'adequate'];
const pad = (n: number) => String(n).padStart(2, '0');

/** `count` synthetic events between 2012 and 2022 (seeded). */
export function makeSyntheticTimeline(count: number, seed = 1): TimelineEvent[] {
  const random = makeRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const events: TimelineEvent[] = [];
  for (let i = 0; i < count; i++) {
    const year = 2012 + Math.floor(random() * 11);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const roll = random();
    const start =
      roll < 0.01
        ? null
        : roll < 0.06
          ? String(year)
          : roll < 0.2
            ? `${year}-${pad(month)}`
            : `${year}-${pad(month)}-${pad(day)}`;
    const lane = pick(TIMELINE_LANES);
    const isInspection = lane === 'ofsted';
    const graded = isInspection ? random() < 0.6 : null;
    const shapeRoll = random();
    const span = start !== null && start.length === 10 && shapeRoll < 0.25;
    const endStatus = !span
      ? 'none'
      : shapeRoll < 0.1
        ? 'unknown'
        : shapeRoll < 0.12
          ? 'open'
          : 'known';
    const end =
      endStatus === 'known' && start
        ? `${year}-${pad(month)}-${pad(Math.min(28, day + 1 + Math.floor(random() * 20)))}`
        : null;
    const grade = graded ? pick(GRADES) : null;
    const title = `Synthetic event ${i + 1} (not real data)`;
    events.push({
      id: `synthetic-${seed}-${i + 1}`,
      record: 'synthetic',
      lane,
      shape: span ? 'span' : 'point',
      title,
      label: title,
      start,
      end,
      endStatus,
      placement: start === null ? 'Synthetic: no date.' : null,
      dateLabel: start ?? 'date unknown',
      altStarts:
        start && start.length === 10 && random() < 0.02
          ? [
              {
                field: 'date',
                date: `${year}-${pad(month)}-${pad(Math.max(1, day - 1))}`,
                stated: null,
                sources: [],
              },
            ]
          : [],
      altEnds: [],
      expected:
        !isInspection && !span && start && random() < 0.02
          ? { by: String(Math.min(2022, year + 1)), outcome: null, outcomeRef: null }
          : null,
      grade,
      graded,
      gradeLabel: isInspection ? (graded ? (grade ?? 'Grade unknown') : 'Not graded') : null,
      judgements: [],
      summary: 'Synthetic: generated for tests and the benchmark.',
      actors: [],
      legalBasis: null,
      published: null,
      type: isInspection ? 'synthetic-inspection' : 'synthetic-milestone',
      sources: [],
      confidence: 'low',
      flags: [],
      dateClaims: [],
      notes: 'Synthetic data.',
    });
  }
  return events.sort(compareEvents);
}
