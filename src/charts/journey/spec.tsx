/** The journey at a glance as a chart spec: overall rating and intervention regime, 2012 onwards. */
import { formatPartialDate } from '../../domain/dates';
import { readAsAt } from '../shared/params';
import { defineChart } from '../shared/spec';
import { LOCAL_SOURCES } from '../shared/sourceLines';
import { Journey } from './Journey';
import {
  AS_AT_ID,
  describeAsAt,
  describeSpan,
  layoutJourney,
  recordEnd,
  spanId,
  toJourneyModel,
  type JourneyModel,
} from './journeyModel';

export interface JourneyParams {
  asAt: string;
}

const laneName: Record<string, string> = {
  rating: 'Overall rating',
  'dfe-direction': 'DfE statutory direction',
  'mhclg-commissioners': 'MHCLG commissioners',
  'csc-commissioner': "Children's Services Commissioner",
  trust: "Children's trust runs the service",
  unitaries: 'Two unitary councils',
};

function summarise(model: JourneyModel): string {
  const ratings = model.spans.filter((s) => s.lane === 'rating' && s.grade !== null);
  const steps = ratings.map((s) => `${s.label.toLowerCase()} from ${formatPartialDate(s.since)}`);
  const regimes = model.spans.filter((s) => s.lane !== 'rating' && s.certain);
  const firstOf = (lane: string) => regimes.find((s) => s.lane === lane)?.since;
  const parts = Object.keys(laneName)
    .filter((l) => l !== 'rating' && firstOf(l))
    .map((l) => `${laneName[l]} from ${formatPartialDate(firstOf(l)!)}`);
  // Conclusion first (issue 19): the latest rating in one short sentence, then the series.
  // An inspection whose framework gives no overall grade is said as such, not as a rating.
  const graded = ratings.filter((s) => s.grade !== 'none');
  const latest = graded.at(-1);
  const after = ratings.at(-1) !== latest ? ratings.at(-1) : undefined;
  const conclusion = latest
    ? `The latest overall rating is ${latest.label.toLowerCase()}, from ${formatPartialDate(latest.since)}${after ? `; the inspection of ${formatPartialDate(after.since)} gave no overall grade` : ''}.`
    : 'No overall rating has been published.';
  const series = steps.length > 1 ? ` Overall rating: ${steps.join(', then ')}.` : '';
  return `${conclusion}${series} Intervention and structure: ${parts.join('; ')}.`;
}

export const journeySpec = defineChart({
  name: 'journey',
  label: 'The journey at a glance',
  fullView: '/',
  source: LOCAL_SOURCES,
  data: ['inspections.json', 'governance.json'],
  fallbackWidth: 960,
  readParams: (query, data): JourneyParams => ({ asAt: readAsAt(query, data['meta.json']) }),
  toModel: (data, { asAt }) => {
    const inspections = data['inspections.json'].inspections;
    const meta = data['meta.json'];
    return toJourneyModel(inspections, data['governance.json'], {
      start: `${meta.coverage.from.slice(0, 4)}-01-01`,
      end: recordEnd(inspections, meta.defaultAsAt),
      asAt,
    });
  },
  layout: (model, _params, { width }) => layoutJourney(model, Math.max(240, width)),
  toTable: (model) => ({
    caption: `Overall rating and intervention over time, ${formatPartialDate(model.start)} to ${formatPartialDate(model.end)}`,
    header: ['Row', 'What', 'From', 'To', 'Certainty'],
    rows: model.spans.map((s) => [
      laneName[s.lane] ?? s.lane,
      s.label,
      formatPartialDate(s.since),
      s.to === model.end
        ? `${formatPartialDate(s.to)} (end of the record)`
        : formatPartialDate(s.to),
      s.certain
        ? 'Recorded'
        : 'Possibly in force: its end is planned, inferred, disputed or not recorded',
    ]),
  }),
  toText: (model) => ({
    title: `The journey at a glance, ${model.start.slice(0, 4)} to ${model.end.slice(0, 4)}`,
    shortTitle: 'The journey at a glance',
    description:
      "The overall Ofsted rating over time, and beneath it the intervention regime on the same time axis: DfE statutory direction, MHCLG commissioners, the Children's Services Commissioner, the children's trust and the two unitary councils; the as-at date is marked.",
    summary: summarise(model),
    footnote: [
      'A pale, dashed bar is possibly in force: its end is a plan held at the time, inferred, disputed between sources or not recorded. A rating holds from the day it was published until the next one.',
    ],
  }),
  describeSelected: (model, layout, id) => {
    if (id === AS_AT_ID) return `${describeAsAt(model.asAt)}.`;
    const bar = layout.bars.find((b) => spanId(b) === id);
    return bar ? `${describeSpan(bar, model.end)}.` : null;
  },
  Chart: ({ layout, titleId, descriptionId, interactive, selected, onSelect }) => (
    <Journey
      layout={layout}
      titleId={titleId}
      descriptionId={descriptionId}
      interactive={interactive}
      selected={selected}
      onSelect={onSelect}
    />
  ),
});
