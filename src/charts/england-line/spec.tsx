/** England's share of authorities good or outstanding (and inadequate) over time, from Ofsted's official statistics, with Northamptonshire's judgements marked. */
import { formatPartialDate } from '../../domain/dates';
import type { EnglandFigure, EnglandShare, Inspection } from '../../domain/types';
import { toPlacingDay } from '../../domain/calendarHistory';
import { GRADE_LABELS } from '../../domain/ratings';
import { defineChart } from '../shared/spec';
import { toSafeHref } from '../../lib/safeUrl';
import { LOCAL_SOURCES } from '../shared/sourceLines';
import { EnglandLine } from './EnglandLine';
import { layoutEnglandLine, type LinePoint, type LocalMark } from './layoutEnglandLine';

export interface EnglandLineModel {
  figures: EnglandFigure[];
  good: LinePoint[];
  inadequate: LinePoint[];
  marks: LocalMark[];
  about: string;
}

/** The one sentence the chart must carry: there is no other England comparison for 2013–2017. */
export const SIF_ERA_NOTE =
  'This is the only England comparison possible for the SIF era (2013 to 2017): the national file of inspection reports cannot read SIF grades, so before 2018 England is seen only through these published shares.';

const SHORT: Record<string, string> = {
  'northamptonshire-county-council': 'County',
  'north-northamptonshire-council': 'North',
  'west-northamptonshire-council': 'West',
};
const SUBJECTS: Record<string, string> = {
  'northamptonshire-county-council': 'County council',
  'north-northamptonshire-council': 'North Northants',
  'west-northamptonshire-council': 'West Northants',
};
const TYPES = new Set(['child-protection', 'looked-after-children', 'sif', 'ilacs-standard']);

/** Northamptonshire's graded inspections of its children's services (our records); the two councils' same-day reports as one mark when their grades match. */
export function toLocalMarks(inspections: readonly Inspection[]): LocalMark[] {
  const picked = inspections
    .filter((i) => SUBJECTS[i.subject] && TYPES.has(i.type) && i.published)
    .map((i) => ({
      i,
      who: SUBJECTS[i.subject]!,
      grade: i.overall ? GRADE_LABELS[i.overall].toLowerCase() : 'no overall grade',
      area:
        i.type === 'child-protection'
          ? ' (child protection)'
          : i.type === 'looked-after-children'
            ? ' (children in care)'
            : '',
    }))
    .sort((a, b) => (a.i.published! < b.i.published! ? -1 : 1));
  const out: LocalMark[] = [];
  for (const p of picked) {
    const prev = out[out.length - 1];
    const text = `${p.who}: ${p.grade}${p.area}, ${formatPartialDate(p.i.published)}`;
    const same =
      prev &&
      prev.day === toPlacingDay(p.i.published!) &&
      prev.text.endsWith(`: ${p.grade}, ${formatPartialDate(p.i.published)}`);
    const year = p.i.published!.slice(0, 4);
    const short = (who: string) => `${who}: ${p.grade}, ${year}`;
    if (same && prev) {
      prev.text = `North and West Northants: ${p.grade}, ${formatPartialDate(p.i.published)}`;
      prev.short = short('North and West');
    } else
      out.push({
        id: p.i.id,
        day: toPlacingDay(p.i.published!),
        text,
        short: short(SHORT[p.i.subject]!),
        inadequate: p.i.overall === 'inadequate',
      });
  }
  return out;
}

const points = (
  figures: readonly EnglandFigure[],
  pick: (f: EnglandFigure) => EnglandShare | null,
): LinePoint[] =>
  figures.flatMap((f) => {
    const share = pick(f);
    if (!share || share.percent === null) return [];
    return [
      {
        id: f.id,
        day: toPlacingDay(f.asAt),
        percent: share.percent,
        weak: (share.confidence ?? f.confidence) !== 'high',
      },
    ];
  });

const shareText = (s: EnglandShare | null): string =>
  s === null
    ? 'Not stated'
    : s.percent !== null
      ? `${s.percent}%${s.count !== null ? ` (${s.count})` : ''}`
      : `${s.count} authorities (count only; no percentage stated)`;

export const englandLineSpec = defineChart({
  name: 'england-line',
  label: 'England over time, from Ofsted’s official statistics',
  fullView: '/england',
  source: `Ofsted, children’s social care official statistics (pages listed in the table); Northamptonshire’s judgements from ${LOCAL_SOURCES}`,
  data: ['england.json', 'inspections.json'],
  fallbackWidth: 960,
  readParams: () => ({}),
  toModel: (data): EnglandLineModel => {
    const figures = [...data['england.json'].figures].sort((a, b) => (a.asAt < b.asAt ? -1 : 1));
    return {
      figures,
      good: points(figures, (f) => f.goodOrOutstanding),
      inadequate: points(figures, (f) => f.inadequate),
      marks: toLocalMarks(data['inspections.json'].inspections),
      about: data['england.json'].about,
    };
  },
  layout: (model, _p, size) => layoutEnglandLine(model.good, model.inadequate, model.marks, size),
  toTable: (model) => ({
    caption:
      'England: share of local authorities judged good or outstanding, and inadequate, as each official-statistics release states it',
    header: [
      'As at',
      'Basis',
      'Good or outstanding',
      'Inadequate',
      'Authorities counted',
      'Confidence',
      'Page',
    ],
    rows: model.figures.map((f) => [
      formatPartialDate(f.asAt),
      f.basis,
      shareText(f.goodOrOutstanding),
      shareText(f.inadequate),
      f.authorities,
      f.goodOrOutstanding?.confidence ?? f.confidence,
      {
        text: f.goodOrOutstanding?.url ?? f.url,
        citations: [
          {
            title: f.title,
            href: toSafeHref(f.goodOrOutstanding?.url ?? f.url),
            locator: f.locator,
          },
        ],
      },
    ]),
  }),
  toText: (model) => {
    const first = model.good[0];
    const last = model.good[model.good.length - 1];
    const weak = model.figures.filter(
      (f) => (f.goodOrOutstanding?.confidence ?? f.confidence) !== 'high',
    );
    const countOnly = model.figures.filter((f) => f.goodOrOutstanding?.percent === null);
    return {
      title: `England: share of authorities judged good or outstanding, ${first?.day.slice(0, 4) ?? ''} to ${last?.day.slice(0, 4) ?? ''}, with Northamptonshire’s judgements`,
      shortTitle: 'England over time',
      description: `England’s share of local authorities judged good or outstanding (solid line) and inadequate (dashed, where stated), from Ofsted’s official statistics; Northamptonshire’s judgements are marked under the axis. ${SIF_ERA_NOTE}`,
      summary:
        first && last
          ? `The share of English authorities judged good or outstanding went from ${first.percent}% (${formatPartialDate(first.day)}) to ${last.percent}% (${formatPartialDate(last.day)}). Northamptonshire was judged inadequate in ${[...new Set(model.marks.filter((m) => m.inadequate).map((m) => m.day.slice(0, 4)))].join(' and ')}; England’s inadequate share is stated up to ${formatPartialDate(model.inadequate[model.inadequate.length - 1]?.day ?? null)} (${model.inadequate[model.inadequate.length - 1]?.percent ?? '–'}%).`
          : // The SIF-era note is in the description: said once per panel (issue 19).
            'No share of authorities judged good or outstanding is in the data.',
      footnote: [
        {
          lead: 'Bases differ.',
          text: 'Each release counts authorities differently (judgements made so far, first inspections, most recent inspection): the table gives each basis. No figure is derived or estimated; a share a page does not state is left out of the line.',
        },
        ...(weak.length
          ? [
              `Hollow points are below high confidence: ${weak.map((f) => `${formatPartialDate(f.asAt)} (${f.goodOrOutstanding?.note ?? 'see the table'})`).join('; ')}.`,
            ]
          : []),
        ...(countOnly.length
          ? [
              `Given as a count only, so not on the line: ${countOnly.map((f) => `${formatPartialDate(f.asAt)}, ${f.goodOrOutstanding?.count} good or outstanding and ${f.inadequate?.count ?? 'no stated number'} inadequate`).join('; ')}.`,
            ]
          : []),
        'There is no published figure for 2013 to early 2016 in our data: the county council’s 2013 inspections are marked without an England figure beside them.',
      ],
    };
  },
  Chart: ({ layout, titleId, descriptionId }) => (
    <EnglandLine layout={layout} titleId={titleId} descriptionId={descriptionId} />
  ),
});
