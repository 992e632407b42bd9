/** Chosen authorities side by side on a calendar axis: each one's grades per judgement area, and the gaps between its inspections. */
import { monthsBetween, type HistoryRow } from '../../domain/calendarHistory';
import { formatPartialDate } from '../../domain/dates';
import { NATIONAL_JUDGEMENT_LABELS, NATIONAL_JUDGEMENTS } from '../../domain/nationalMatrix';
import { defineChart } from '../shared/spec';
import { toSafeHref } from '../../lib/safeUrl';
import { LOCAL_SOURCES, NATIONAL_SOURCES } from '../shared/sourceLines';
import { layoutHistory } from '../rating-history/layoutHistory';
import { describeHistoryRow, gradeLabel, RatingHistory } from '../rating-history/RatingHistory';
import { cachedLayout, getHistoryRows } from '../rating-history/spec';

/** At most this many authorities side by side. */
export const MAX_PICKS = 8;

export interface CompareParams {
  /** Authority ids (urn, or "ncc" for the county council), in the order chosen. */
  pick: string[];
}

export interface CompareModel {
  picked: HistoryRow[];
  /** Per authority: a heading row (its reports, gaps written out), then one row per judgement area. */
  rows: HistoryRow[];
  headings: Set<string>;
  attribution: string;
}

/** North and West Northamptonshire and the county council, when the address chooses none. */
export const DEFAULT_PICKS = ['ncc'];

export function readPicks(
  value: string | null,
  rows: readonly HistoryRow[],
  fallback: readonly string[],
): string[] {
  if (value === null) {
    const lineage = rows
      .filter((r) => r.lineage)
      .sort((a, b) => (a.ownRecords ? -1 : b.ownRecords ? 1 : a.name.localeCompare(b.name)));
    return fallback === DEFAULT_PICKS ? lineage.map((r) => r.id) : [...fallback];
  }
  const known = new Set(rows.map((r) => r.id));
  return [...new Set(value.split(',').filter((id) => known.has(id)))].slice(0, MAX_PICKS);
}

export const compareSpec = defineChart({
  name: 'authority-compare',
  label: 'Chosen authorities side by side',
  fullView: '/england',
  source: `${NATIONAL_SOURCES}; the county council's own judgements from ${LOCAL_SOURCES}`,
  data: ['national.json', 'inspections.json'],
  fallbackWidth: 960,
  readParams: (query, data): CompareParams => ({
    pick: readPicks(query.get('pick'), getHistoryRows(data), DEFAULT_PICKS),
  }),
  toModel: (data, { pick }): CompareModel => {
    const all = getHistoryRows(data);
    const picked = pick.flatMap((id) => all.filter((r) => r.id === id));
    const headings = new Set<string>();
    const rows = picked.flatMap((a) => {
      headings.add(a.id);
      return [
        a,
        ...NATIONAL_JUDGEMENTS.map((j) => ({
          ...a,
          id: `${a.id}.${j}`,
          name: `${a.name}, ${NATIONAL_JUDGEMENT_LABELS[j].toLowerCase()}`,
          drawnName: NATIONAL_JUDGEMENT_LABELS[j],
          lineage: false,
          reports: a.reports.map((r) => ({ ...r, grade: r.areas[j] })),
        })),
      ];
    });
    return { picked, rows, headings, attribution: data['national.json'].attribution };
  },
  modelKey: (p) => p.pick.join(','),
  layout: (model, _p, size) =>
    cachedLayout(model, size, () =>
      layoutHistory(model.rows, { ...size, headings: model.headings, roomy: true }),
    ),
  toTable: (model) => ({
    caption: `Every report of ${model.picked.map((a) => a.name).join(', ') || 'no authority'}, each judgement area`,
    header: ['Authority', 'Published', 'Report', 'Months since previous', 'Grades'],
    rows: model.picked.flatMap((a) =>
      a.reports.map((r, i) => [
        a.name,
        formatPartialDate(r.published),
        r.link
          ? {
              text: `${r.kind} (${r.link})`,
              citations: [{ title: r.kind, href: toSafeHref(r.link), locator: 'Ofsted report' }],
            }
          : r.kind,
        i === 0 ? null : monthsBetween(a.reports[i - 1]!.day, r.day),
        NATIONAL_JUDGEMENTS.map(
          (j) => `${NATIONAL_JUDGEMENT_LABELS[j]}: ${gradeLabel(r.areas[j]).toLowerCase()}`,
        ).join('; '),
      ]),
    ),
  }),
  toText: ({ picked, attribution }) => {
    const gaps = picked.map((a) => {
      const months = a.reports.slice(1).map((r, i) => monthsBetween(a.reports[i]!.day, r.day));
      return months.length
        ? `${a.name}: ${a.reports.length} reports, ${Math.min(...months)} to ${Math.max(...months)} months apart`
        : `${a.name}: ${a.reports.length} ${a.reports.length === 1 ? 'report' : 'reports'}`;
    });
    return {
      title: picked.length
        ? `Side by side by date: ${picked.map((a) => a.name).join(', ')}`
        : 'Side by side by date: no authority chosen',
      shortTitle: 'Chosen authorities side by side',
      description:
        'For each chosen authority, its reports as ticks at their publication dates (months between them written in its top row), then its grade in each judgement area from each report to the next.',
      summary: picked.length ? `${gaps.join('. ')}.` : 'Choose authorities to compare.',
      footnote: [
        '“Unknown or no grade”: the national file could not read the grade (nearly every SIF report, before 2018), the judgement did not exist yet (care leavers before 2023), or the 2026 framework gives no overall grade. The county council’s judgements come from our records; its 2013 inspections graded one area each.',
        attribution,
      ],
    };
  },
  describeSelected: (model, _layout, id) => {
    const row = model.rows.find((r) => r.id === id);
    return row
      ? model.headings.has(id)
        ? describeHistoryRow(row)
        : `${row.name}: ${row.reports.map((r) => `${formatPartialDate(r.published)} ${gradeLabel(r.grade).toLowerCase()}`).join('; ')}`
      : null;
  },
  Chart: ({ layout, titleId, descriptionId, selected, onSelect, interactive }) => (
    <RatingHistory
      layout={layout}
      titleId={titleId}
      descriptionId={descriptionId}
      selected={selected}
      onSelect={onSelect}
      interactive={interactive}
    />
  ),
});
