import { describeWhen } from '../../charts/rating-ladder/describeLadder';
import type { PlacedLadder } from '../../charts/rating-ladder/layoutLadder';
import { formatDateSpan, formatPartialDate } from '../../domain/dates';
import { AREA_LABELS, formatGrade } from '../../domain/ratings';
import { FRAMEWORK_LABELS } from '../../domain/transitions';
import type { Milestone, SourceDoc } from '../../domain/types';
import { FlagList } from '../../ui/FlagList';
import { SourceList } from '../../ui/SourceList';

interface Props {
  ladder: PlacedLadder;
  selected: string;
  sources: ReadonlyMap<string, SourceDoc>;
  milestones: ReadonlyMap<string, Milestone>;
  onClose: () => void;
}

/** What a selected mark stands for: the judgements, dates, framework, sources and flags. */
export function LadderDetails({ ladder, selected, sources, milestones, onClose }: Props) {
  const mark = ladder.panels.flatMap((p) => p.marks).find((m) => m.id === selected);
  const visit = ladder.panels.flatMap((p) => p.visits).find((v) => v.id === selected);
  const intervention = ladder.interventions.find((i) => i.id === selected);
  const close = (
    <button
      type="button"
      className="govuk-button govuk-button--secondary app-details__close"
      onClick={onClose}
    >
      Close details
    </button>
  );

  if (intervention) {
    const list = intervention.mark.milestoneIds
      .map((id) => milestones.get(id))
      .filter((m) => m !== undefined);
    return (
      <div className="app-details" aria-label="Selected intervention" role="region">
        <h3 className="govuk-heading-s">{formatPartialDate(intervention.mark.date)}</h3>
        {list.map((m) => (
          <div key={m.id}>
            <p className="govuk-body">
              <strong>{m.title}.</strong> {m.summary}
              {m.endStatus === 'unknown'
                ? ' When it ended is not known.'
                : m.endStatus === 'open'
                  ? ' Still in force when last known.'
                  : ''}
            </p>
            <SourceList refs={m.sources} sources={sources} />
            {m.flags.length ? <FlagList flags={m.flags} /> : null}
          </div>
        ))}
        {close}
      </div>
    );
  }

  const facts = mark?.points[0] ?? visit?.visit;
  if (!facts) return null;
  const rows: [string, string][] = [
    ['Area', AREA_LABELS[facts.area]],
    ['Body inspected', facts.bodyName],
    ['Inspection', facts.title],
    ['Framework', FRAMEWORK_LABELS[facts.framework]],
    [
      'Fieldwork',
      facts.fieldwork.start || facts.fieldwork.end
        ? formatDateSpan(facts.fieldwork.start, facts.fieldwork.end)
        : facts.fieldwork.stated
          ? `Not known; a source states “${facts.fieldwork.stated}”`
          : 'Not known',
    ],
    ['Published', facts.published ? formatPartialDate(facts.published) : 'Not known'],
    [
      'Placed on the chart by',
      facts.dateBasis === 'published'
        ? 'publication date'
        : facts.dateBasis === 'fieldwork'
          ? 'start of fieldwork (publication date not known)'
          : 'no date: shown in the “No date” column',
    ],
  ];
  return (
    <div className="app-details" role="region" aria-label="Selected judgement">
      <h3 className="govuk-heading-s">
        {mark ? `${AREA_LABELS[facts.area]}: ${describeWhen(facts)}` : 'Visit: not graded'}
      </h3>
      <dl className="govuk-summary-list govuk-summary-list--no-border app-details__list">
        {rows.map(([k, v]) => (
          <div className="govuk-summary-list__row" key={k}>
            <dt className="govuk-summary-list__key">{k}</dt>
            <dd className="govuk-summary-list__value">{v}</dd>
          </div>
        ))}
        {mark ? (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Judgements</dt>
            <dd className="govuk-summary-list__value">
              <ul className="govuk-list app-compact-list">
                {mark.points.map((p) => (
                  <li key={p.id}>
                    {p.headline ? 'Headline judgement' : p.label}:{' '}
                    <strong>{formatGrade(p.grade)}</strong>
                    {p.grade === 'adequate'
                      ? ' (the 2012–13 frameworks’ own grade, not “requires improvement”)'
                      : ''}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
        {visit ? (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Findings</dt>
            <dd className="govuk-summary-list__value">
              {visit.visit.findings ?? 'Not recorded.'}
              {visit.visit.priorityActions.length
                ? ` Areas for priority action: ${visit.visit.priorityActions.join('; ')}.`
                : ''}
            </dd>
          </div>
        ) : null}
      </dl>
      <h4 className="govuk-heading-s">Sources</h4>
      <SourceList
        refs={
          mark
            ? mark.points
                .flatMap((p) => p.sources)
                .filter(
                  (r, i, all) =>
                    all.findIndex((o) => o.source === r.source && o.locator === r.locator) === i,
                )
            : facts.sources
        }
        sources={sources}
      />
      {facts.flags.length ? (
        <>
          <h4 className="govuk-heading-s">Flags</h4>
          <FlagList flags={facts.flags} />
        </>
      ) : null}
      {close}
    </div>
  );
}
