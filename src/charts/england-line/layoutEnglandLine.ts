/**
 * England's line over time: the share of authorities judged good or outstanding (and inadequate
 * where a release states it) at each release's date, years across; Northamptonshire's judgements
 * as marks in a lane under the plot. Pure and DOM-free.
 */
import { estimateTextWidth } from '../shared/textMetrics';
import type { Surface } from '../shared/spec';

export interface LinePoint {
  id: string;
  day: string;
  percent: number;
  /** Below high confidence (a figure read on a mirror of the page): drawn hollow, and said. */
  weak: boolean;
}

export interface LocalMark {
  id: string;
  day: string;
  /** “County council: inadequate”, drawn beside the diamond. */
  text: string;
  /** The same in fewer words, for narrow surfaces (“County: inadequate, 2013”). */
  short: string;
  inadequate: boolean;
}

export interface PlacedEnglandLine {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  plotTop: number;
  plotBottom: number;
  years: { year: number; x: number; label: boolean }[];
  yTicks: { value: number; y: number }[];
  series: {
    key: 'good' | 'inadequate';
    label: string;
    points: (LinePoint & { x: number; y: number })[];
    labelAt: { x: number; y: number };
  }[];
  marks: (LocalMark & { x: number; y: number; textX: number; label: string })[];
  /** Where the SIF era is shaded (November 2013 to the end of 2017). */
  sif: { x1: number; x2: number };
  fontSize: number;
}

const toMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
const FROM = '2013-01-01';
const TO = '2027-01-01';

export function layoutEnglandLine(
  good: readonly LinePoint[],
  inadequate: readonly LinePoint[],
  marks: readonly LocalMark[],
  { surface, width, height }: { surface: Surface; width: number; height?: number },
): PlacedEnglandLine {
  const placed = placeEnglandLine(good, inadequate, marks, surface, width, 260);
  // A slide gives a height to fit: the plot gives up what the marks' lanes under it need.
  if (surface !== 'slide' || height === undefined || placed.height <= height) return placed;
  const plotHeight = Math.max(120, 260 - (placed.height - height));
  return placeEnglandLine(good, inadequate, marks, surface, width, plotHeight);
}

function placeEnglandLine(
  good: readonly LinePoint[],
  inadequate: readonly LinePoint[],
  marks: readonly LocalMark[],
  surface: Surface,
  width: number,
  pagePlotHeight: number,
): PlacedEnglandLine {
  // A slide is laid out in a small logical frame and scaled up (src/charts/shared/spec.ts): its
  // type is the page's.
  // The briefing's compact chart is read on screen too: 12 px at the least (chart-design.md), so
  // its ticks and mark labels (a size smaller) stay at 12 px like the page's.
  const fontSize = 13;
  const plotLeft = 44;
  const plotRight = width - 16;
  const plotTop = 16;
  const plotHeight = surface === 'compact' ? 150 : pagePlotHeight;
  const plotBottom = plotTop + plotHeight;
  const xOf = (day: string) =>
    plotLeft + ((toMs(day) - toMs(FROM)) / (toMs(TO) - toMs(FROM))) * (plotRight - plotLeft);
  const yOf = (p: number) => plotBottom - (p / 100) * plotHeight;
  const step = plotRight - plotLeft < 400 ? 3 : plotRight - plotLeft < 700 ? 2 : 1;
  const years = Array.from({ length: 15 }, (_, i) => 2013 + i).map((year) => ({
    year,
    x: xOf(`${year}-01-01`),
    label: year < 2027 && (year - 2013) % step === 0,
  }));
  const place = (pts: readonly LinePoint[]) =>
    pts.map((p) => ({ ...p, x: xOf(p.day), y: yOf(p.percent) }));
  const g = place(good);
  const inad = place(inadequate);
  const series = [
    {
      key: 'good' as const,
      label: 'Good or outstanding',
      points: g,
      labelAt: g.length ? { x: g[g.length - 1]!.x, y: g[g.length - 1]!.y - 10 } : { x: 0, y: 0 },
    },
    {
      key: 'inadequate' as const,
      label: 'Inadequate',
      points: inad,
      labelAt: inad.length
        ? { x: inad[inad.length - 1]!.x, y: inad[inad.length - 1]!.y - 10 }
        : { x: 0, y: 0 },
    },
  ];
  // Marks in lanes under the axis: a mark whose text would touch the previous one in its lane goes down a lane.
  const laneHeight = fontSize + 8;
  // Clear of the year labels above by a few px (their boxes touched by 0.6 px: issue 19).
  const laneTop = plotBottom + fontSize + 25;
  const ends: number[] = [];
  const narrow = width < 520;
  const placed = marks.map((m) => {
    const x = xOf(m.day);
    const label = narrow ? m.short : m.text;
    const textWidth = estimateTextWidth(label, fontSize - 1);
    // Beside the diamond on its right, or on its left where it would run off the frame.
    const textX = x + 8 + textWidth <= width - 4 ? x + 8 : Math.max(4, x - 8 - textWidth);
    const left = Math.min(x - 6, textX);
    const right = Math.max(x + 6, textX + textWidth);
    let lane = ends.findIndex((end) => end < left);
    if (lane === -1) {
      lane = ends.length;
      ends.push(right);
    } else ends[lane] = right;
    return { ...m, x, y: laneTop + lane * laneHeight, textX, label };
  });
  return {
    width,
    height: laneTop + Math.max(1, ends.length) * laneHeight + 4,
    plotLeft,
    plotRight,
    plotTop,
    plotBottom,
    years,
    yTicks: [0, 25, 50, 75, 100].map((value) => ({ value, y: yOf(value) })),
    series,
    marks: placed,
    sif: { x1: xOf('2013-11-01'), x2: xOf('2018-01-01') },
    fontSize,
  };
}
