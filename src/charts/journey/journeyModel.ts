/**
 * The journey at a glance (issue 20): the overall rating over the whole record and the intervention
 * regime over the same years, as spans. Pure: records in, spans and geometry out.
 *
 * Presence on the regime lanes is read from the governance structure itself (governanceAsAt), at
 * each change date and each month's start, so an end that is planned, inferred, disputed or not
 * recorded is "uncertain" here exactly as in the governance view, and drawn dashed, never solid.
 */
import { getKnownFrom } from '../../domain/briefing';
import { measureText } from '../shared/textMetrics';
import { formatPartialDate, toDayRange, type PartialDate } from '../../domain/dates';
import { governanceAsAt, getChangeDates, type GovernanceAsAt } from '../../domain/governance';
import { formatGrade } from '../../domain/ratings';
import type { GovernanceFile, Grade, Inspection } from '../../domain/types';

export type LaneId =
  'rating' | 'dfe-direction' | 'mhclg-commissioners' | 'csc-commissioner' | 'trust' | 'unitaries';

export const LANES: readonly {
  id: Exclude<LaneId, 'rating'>;
  label: string;
  present: (g: GovernanceAsAt) => 'yes' | 'uncertain' | null;
}[] = [
  {
    id: 'dfe-direction',
    label: 'DfE statutory direction',
    present: (g) =>
      strongest(
        g.relationships
          .filter(
            (r) =>
              r.relationship.type === 'directs' &&
              r.relationship.from === 'secretary-of-state-for-education',
          )
          .map((r) => r.status),
      ),
  },
  {
    id: 'mhclg-commissioners',
    label: 'MHCLG commissioners',
    present: (g) => bodyStatus(g, 'mhclg-commissioners'),
  },
  {
    id: 'csc-commissioner',
    label: "Children's Services Commissioner",
    present: (g) => bodyStatus(g, 'childrens-services-commissioner'),
  },
  {
    id: 'trust',
    label: "Children's trust runs the service",
    present: (g) => bodyStatus(g, 'northamptonshire-childrens-trust'),
  },
  {
    id: 'unitaries',
    label: 'Two unitary councils',
    present: (g) => bodyStatus(g, 'north-northamptonshire-council'),
  },
];

function strongest(statuses: readonly ('yes' | 'uncertain')[]): 'yes' | 'uncertain' | null {
  if (statuses.includes('yes')) return 'yes';
  return statuses.length ? 'uncertain' : null;
}
const bodyStatus = (g: GovernanceAsAt, id: string) =>
  strongest(g.bodies.filter((b) => b.body.id === id).map((b) => b.status));

export interface Span {
  lane: LaneId;
  /** First and last day, YYYY-MM-DD (the last open to the record's end where nothing ends it). */
  from: PartialDate;
  to: PartialDate;
  /** Certain, or possibly in force (an end planned, inferred, disputed or not recorded). */
  certain: boolean;
  /** What the span shows: the grade, or the lane's label. */
  label: string;
  /** Fewer words for the bar itself, longest first: the first that fits is drawn. */
  short?: readonly string[];
  grade: Grade | 'none' | null;
  /** The start as the record knows it ("April 2016"), never more precise than its source. */
  since: PartialDate;
}

export interface JourneyModel {
  start: PartialDate;
  end: PartialDate;
  asAt: PartialDate;
  spans: Span[];
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const first = (d: PartialDate) => iso(toDayRange(d).first);

/**
 * The words for the years before the first overall rating. Ofsted then judged single areas (child
 * protection, children looked after, adoption), and those judgements are the story of the period:
 * "No overall rating yet; single areas judged inadequate (2012 to 2013)".
 */
function beforeOverall(
  inspections: readonly Inspection[],
  to: PartialDate,
): Pick<Span, 'label' | 'short'> {
  const last = toDayRange(to).last;
  const areas = inspections.filter((i) => {
    const known = getKnownFrom(i);
    return i.graded && i.area !== 'overall' && i.overall && known && toDayRange(known).last <= last;
  });
  if (areas.length === 0) return { label: 'No overall rating yet' };
  const grades = [...new Set(areas.map((i) => formatGrade(i.overall!).toLowerCase()))];
  const years = [...new Set(areas.map((i) => getKnownFrom(i)!.slice(0, 4)))].sort();
  const when = years.length > 1 ? `${years[0]} to ${years.at(-1)}` : years[0]!;
  const span = years.length > 1 ? `${years[0]}–${years.at(-1)!.slice(2)}` : years[0]!;
  const grade = grades.join(' or ');
  return {
    label: `No overall rating yet; single areas judged ${grade} (${when})`,
    short: [`Areas judged ${grade}, ${span}`, `Areas ${grade}`],
  };
}

/** Overall ratings as steps: each overall judgement (or an inspection that gives none) until the next. */
export function toRatingSpans(
  inspections: readonly Inspection[],
  start: PartialDate,
  end: PartialDate,
): Span[] {
  const steps = inspections
    .filter(
      (i) =>
        i.graded && (i.area === 'overall' || i.overallStatus === 'not-given') && getKnownFrom(i),
    )
    .map((i) => ({
      from: first(getKnownFrom(i)!),
      known: getKnownFrom(i)!,
      grade: (i.overall ?? 'none') as Grade | 'none',
    }))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const leadTo = steps[0] ? iso(toDayRange(steps[0].from).first - DAY) : end;
  const out: Span[] = [
    {
      lane: 'rating',
      from: start,
      to: leadTo,
      certain: true,
      grade: null,
      since: start,
      ...beforeOverall(inspections, leadTo),
    },
  ];
  steps.forEach((s, i) => {
    const next = steps.slice(i + 1).find((n) => n.from > s.from);
    if (steps.findIndex((n) => n.from === s.from) !== i) return; // same-day judgements (two councils) are one step
    out.push({
      lane: 'rating',
      from: s.from,
      to: next ? iso(toDayRange(next.from).first - DAY) : end,
      certain: true,
      label: s.grade === 'none' ? 'No overall grade (framework gives none)' : formatGrade(s.grade),
      grade: s.grade,
      since: s.known,
    });
  });
  return out.filter((s) => s.from <= s.to);
}

/**
 * The regime lanes depend on the governance file and the record's span, never on the as-at date:
 * kept per file, so a new date (a date change in the browser, a new `asAt` rendered by the server)
 * does not sample the structure again (about 250 governanceAsAt calls).
 */
const regimeCache = new WeakMap<GovernanceFile, Map<string, readonly Span[]>>();

/** The regime lanes as runs of presence, sampled at every change date and every month's start. */
export function toRegimeSpans(
  file: GovernanceFile,
  start: PartialDate,
  end: PartialDate,
): readonly Span[] {
  let byRange = regimeCache.get(file);
  if (!byRange) regimeCache.set(file, (byRange = new Map()));
  const key = `${start} ${end}`;
  let spans = byRange.get(key);
  if (!spans) byRange.set(key, (spans = Object.freeze(sampleRegimeSpans(file, start, end))));
  return spans;
}

function sampleRegimeSpans(file: GovernanceFile, start: PartialDate, end: PartialDate): Span[] {
  const changes = new Set<PartialDate>(
    getChangeDates(file)
      .map((c) => c.date)
      .filter((d) => d >= start && d <= end),
  );
  const days = new Set<PartialDate>(changes);
  for (let y = Number(start.slice(0, 4)); y <= Number(end.slice(0, 4)); y++)
    for (let m = 1; m <= 12; m++) {
      const d = `${y}-${String(m).padStart(2, '0')}-01`;
      if (d >= start && d <= end) days.add(d);
    }
  const sorted = [...days].sort();
  const states = sorted.map((d) => governanceAsAt(file, d));
  const out: Span[] = [];
  for (const lane of LANES) {
    let open: Span | null = null;
    sorted.forEach((day, i) => {
      const status = lane.present(states[i]!);
      const certain = status === 'yes';
      if (open && (status === null || open.certain !== certain)) {
        open.to = iso(toDayRange(day).first - DAY);
        out.push(open);
        open = null;
      }
      // A run that starts on a month's first day rather than a change date is known to the month.
      const since = changes.has(day) ? day : day.slice(0, 7);
      if (status !== null && !open)
        open = {
          lane: lane.id,
          from: day,
          to: end,
          certain,
          label: lane.label,
          grade: null,
          since,
        };
    });
    if (open) out.push(open);
  }
  return out;
}

export function toJourneyModel(
  inspections: readonly Inspection[],
  governance: GovernanceFile,
  { start, end, asAt }: { start: PartialDate; end: PartialDate; asAt: PartialDate },
): JourneyModel {
  return {
    start,
    end,
    asAt,
    spans: [...toRatingSpans(inspections, start, end), ...toRegimeSpans(governance, start, end)],
  };
}

/** The latest day the record reaches: its latest published inspection, or the default date. */
export function recordEnd(inspections: readonly Inspection[], fallback: PartialDate): PartialDate {
  const days = inspections.flatMap((i) => (i.published ? [iso(toDayRange(i.published).last)] : []));
  return [fallback, ...days].sort().at(-1)!;
}

// Layout ---------------------------------------------------------------------------------------

/** Every text in the chart: 12 px on screen, 9 pt in print (never under 7 pt). */
export const FONT_SIZE = 12;
const LABEL_H = 16;
const BAR_H = 14;
const ROW_GAP = 6;
const AXIS_H = 22;
const TOP = 18;

/** A bar's id: its lane and first day (unique: a lane's spans never share a start). */
export const spanId = (s: Pick<Span, 'lane' | 'from'>) => `${s.lane} ${s.from}`;

/** The as-at marker's id among the chart's marks. */
export const AS_AT_ID = 'as-at';

const LANE_NAMES: Record<LaneId, string> = {
  rating: 'Overall rating',
  ...(Object.fromEntries(LANES.map((l) => [l.id, l.label])) as Record<
    Exclude<LaneId, 'rating'>,
    string
  >),
};

/**
 * A bar in words, as its accessible name and its details when selected: the row, what it shows,
 * its dates (the start at the precision the record gives it) and whether it is certain.
 * "Overall rating: inadequate, from 29 July 2019 to 24 November 2022".
 */
export function describeSpan(s: Span, end: PartialDate): string {
  const what = s.lane === 'rating' ? `${LANE_NAMES.rating}: ${s.label.toLowerCase()}` : s.label;
  const from = formatPartialDate(s.since);
  const to = formatPartialDate(s.to);
  const ending = s.to === end ? " (the record's end)" : '';
  const when = from === to ? `on ${from}${ending}` : `from ${from} to ${to}${ending}`;
  const doubt = s.certain
    ? ''
    : '; possibly in force: its end is planned, inferred, disputed or not recorded';
  return `${what}, ${when}${doubt}`;
}

/** The as-at marker in words. */
export const describeAsAt = (asAt: PartialDate) =>
  `As at ${formatPartialDate(asAt)}: the date the page shows`;

export interface JourneyLayout {
  width: number;
  height: number;
  rows: { id: LaneId; label: string; y: number; barY: number }[];
  /** Each bar, and the words on it (null where none fit) starting at textX. */
  bars: (Span & { x: number; w: number; y: number; text: string | null; textX: number })[];
  ticks: { x: number; label: string }[];
  /** The record's last day: a bar that reaches it is open to the end. */
  end: PartialDate;
  asAt: {
    date: PartialDate;
    x: number;
    label: string;
    anchor: 'start' | 'end';
    segments: { y1: number; y2: number }[];
  };
  barHeight: number;
}

/** Bar and as-at labels in the chart font; measured bold, the heavier of the two they are drawn in. */
const textWidth = (s: string) => measureText(s, FONT_SIZE, 700);

export function layoutJourney(model: JourneyModel, width: number): JourneyLayout {
  const x0 = toDayRange(model.start).first;
  const x1 = toDayRange(model.end).last;
  const pad = 4;
  // Wide: row labels in a gutter beside the bars; narrow (a phone): each label above its bar.
  const gutter = width >= 700 ? 200 : 0;
  const scale = (ms: number) => gutter + pad + ((ms - x0) / (x1 - x0)) * (width - gutter - 2 * pad);
  const rowIds: { id: LaneId; label: string }[] = [
    { id: 'rating', label: 'Overall rating' },
    ...LANES.map((l) => ({ id: l.id, label: l.label })),
  ];
  const rows = rowIds.map((r, i) => {
    if (gutter) {
      const barY = TOP + i * (BAR_H + ROW_GAP);
      return { ...r, y: barY + BAR_H - 3, barY };
    }
    const y = TOP + i * (LABEL_H + BAR_H + ROW_GAP);
    return { ...r, y: y + LABEL_H - 4, barY: y + LABEL_H };
  });
  const ax = scale(toDayRange(model.asAt).first);
  const bars = model.spans.map((s) => {
    const row = rows.find((r) => r.id === s.lane)!;
    const x = scale(toDayRange(s.from).first);
    const w = Math.max(2, scale(toDayRange(s.to).last) - x);
    // A grade is named on its bar; the years before the first rating carry their short words.
    const words =
      s.lane !== 'rating' ? [] : s.grade && s.grade !== 'none' ? [s.label] : (s.short ?? []);
    // The words start 4 px into the bar, or just after the as-at line where they would cross it.
    let placed: { text: string; textX: number } | null = null;
    for (const text of words) {
      const tw = textWidth(text);
      const starts = [x + 4, ax + 4];
      const textX = starts.find(
        (tx) => tx >= x + 4 && tx + tw + 2 <= x + w && (tx > ax + 2 || tx + tw < ax - 2),
      );
      if (textX !== undefined) {
        placed = { text, textX };
        break;
      }
    }
    return { ...s, x, w, y: row.barY, text: placed?.text ?? null, textX: placed?.textX ?? x + 4 };
  });
  const bottom = rows.at(-1)!.barY + BAR_H + 4;
  const years: number[] = [];
  const step = width < 500 ? 4 : width < 800 ? 2 : 1;
  for (let y = Number(model.start.slice(0, 4)) + 1; y <= Number(model.end.slice(0, 4)); y++)
    if (y % step === 0) years.push(y);
  const ticks = years.map((y) => ({ x: scale(Date.UTC(y, 0, 1)), label: String(y) }));
  const label = `As at ${formatPartialDate(model.asAt)}`;
  return {
    width,
    height: bottom + AXIS_H,
    rows,
    bars,
    ticks,
    end: model.end,
    asAt: {
      date: model.asAt,
      x: ax,
      label,
      anchor: ax + textWidth(label) + 4 > width ? 'end' : 'start',
      // On a phone the line crosses only the bars, never a row's label above its bar.
      segments: gutter
        ? [{ y1: 14, y2: bottom }]
        : [{ y1: 14, y2: 16 }, ...rows.map((r) => ({ y1: r.barY - 2, y2: r.barY + BAR_H + 2 }))],
    },
    barHeight: BAR_H,
  };
}
