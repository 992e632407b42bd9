import type { GovernanceFile, SourceDoc } from '../../data/schemas';
import { formatPartialDate } from '../../domain/dates';
import { describeBodyEnd, type GovernanceAsAt } from '../../domain/governance';
import {
  formatPeriod,
  formatPresence,
  FUNCTION_LABELS,
  toRelationshipSentence,
  type NameLookup,
} from '../../domain/governanceText';
import { TIER_LABELS } from '../../charts/governance/types';
import { FlagList } from '../../ui/FlagList';
import { StatusTag } from './PowersTable';
import { SourceList } from '../../ui/SourceList';

const HOLDER_STATUS = {
  yes: 'In post',
  uncertain: 'May be in post (dates not fully recorded)',
  no: 'Not in post',
} as const;

/** ", but it may have ended: …" for a body not known to be current on the date (issue 19). */
const endNote = (state: GovernanceAsAt, shown: GovernanceAsAt['bodies'][number]) => {
  const end = describeBodyEnd(state, shown);
  return end ? `, but it ${end.full}` : null;
};

/** One body or post: its post-holders over time, every relationship and power, and their sources. */
export function NodeDetails({
  file,
  id,
  state,
  name,
  sources,
  onClose,
}: {
  file: GovernanceFile;
  id: string;
  state: GovernanceAsAt;
  name: NameLookup;
  sources: ReadonlyMap<string, SourceDoc>;
  onClose: () => void;
}) {
  const body = file.bodies.find((b) => b.id === id);
  const date = formatPartialDate(state.date);
  if (!body)
    return (
      <section className="app-gov-details" aria-labelledby="gov-details-heading">
        <h2 className="govuk-heading-m" id="gov-details-heading" tabIndex={-1}>
          No such body
        </h2>
        <p className="govuk-body">The link names a body (“{id}”) that is not in the data.</p>
      </section>
    );
  const shown = state.bodies.find((b) => b.body.id === id);
  const relStatus = new Map(state.relationships.map((r) => [r.relationship.id, r] as const));
  const powerStatus = new Map(state.powers.map((p) => [p.power.id, p] as const));
  const relationships = file.relationships.filter((r) => r.from === id || r.to === id);
  const powers = file.powers.filter((p) => p.holder === id || p.over === id);
  const holders =
    shown?.holders ?? body.holders.map((holder) => ({ holder, status: 'no' as const }));
  return (
    <section className="app-gov-details" aria-labelledby="gov-details-heading" data-details={id}>
      <h2 className="govuk-heading-m" id="gov-details-heading" tabIndex={-1}>
        <span className="govuk-caption-m">Selected</span>
        {body.name}
      </h2>
      <p className="govuk-body" role="status">
        {shown
          ? `Shown on ${date}${endNote(state, shown) ?? (shown.status === 'uncertain' ? ', but its part on that date is uncertain' : '')}.`
          : `Not shown on ${date}: no relationship or power of it is recorded in force then.`}
      </p>
      <dl className="govuk-summary-list">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Tier</dt>
          <dd className="govuk-summary-list__value">{TIER_LABELS[body.tier]}</dd>
        </div>
        {body.partOf ? (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Part of</dt>
            <dd className="govuk-summary-list__value">{name(body.partOf)}</dd>
          </div>
        ) : null}
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Existed</dt>
          <dd className="govuk-summary-list__value">
            {body.start || body.end
              ? formatPeriod(
                  body.start,
                  body.end,
                  body.end ? (body.endStatus ?? 'known') : undefined,
                )
              : 'Dates not recorded'}
            {body.notes ? <span className="app-note">{body.notes}</span> : null}
          </dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Sources</dt>
          <dd className="govuk-summary-list__value">
            <SourceList refs={body.sources} sources={sources} />
            {body.flags.length > 0 ? <FlagList flags={body.flags} /> : null}
          </dd>
        </div>
      </dl>

      <h3 className="govuk-heading-s">Post-holders over time</h3>
      {holders.length === 0 ? (
        <p className="govuk-body">No post-holder is recorded.</p>
      ) : (
        <ul className="govuk-list app-gov-holders">
          {holders.map(({ holder, status }, i) => (
            <li key={i} className="app-gov-holders__item">
              <strong>{holder.name}</strong>:{' '}
              {holder.start || holder.end
                ? formatPeriod(
                    holder.start,
                    holder.end,
                    holder.end ? (holder.endStatus ?? 'known') : undefined,
                  )
                : 'dates of office not recorded'}
              . On {date}: {HOLDER_STATUS[status]}.
              {holder.notes ? <span className="app-note">{holder.notes}</span> : null}
              {holder.flags.length > 0 ? <FlagList flags={holder.flags} /> : null}
              <SourceList refs={holder.sources} sources={sources} />
            </li>
          ))}
        </ul>
      )}

      <h3 className="govuk-heading-s">Relationships over time ({relationships.length})</h3>
      <ul className="govuk-list app-gov-holders">
        {relationships.map((r) => {
          const now = relStatus.get(r.id);
          return (
            <li key={r.id} className="app-gov-holders__item" data-relationship={r.id}>
              <StatusTag status={now?.status ?? 'no'} />{' '}
              <strong>{toRelationshipSentence(r, name)}</strong>
              <span className="app-note">
                {formatPeriod(r.start, r.end, r.endStatus, r.dateClaims)}
                {now?.status === 'uncertain'
                  ? `. On ${date}: ${formatPresence(now.status, now.reasons, now.endNote)}`
                  : ''}
                {r.legalBasis ? `. Legal basis: ${r.legalBasis}` : ''}
              </span>
              {r.notes ? <span className="app-note">{r.notes}</span> : null}
              {r.flags.length > 0 ? <FlagList flags={r.flags} /> : null}
              <SourceList refs={r.sources} sources={sources} />
            </li>
          );
        })}
      </ul>

      {powers.length > 0 ? (
        <>
          <h3 className="govuk-heading-s">Powers held or exercised over it ({powers.length})</h3>
          <ul className="govuk-list app-gov-holders">
            {powers.map((p) => {
              const now = powerStatus.get(p.id);
              return (
                <li key={p.id} className="app-gov-holders__item">
                  <StatusTag status={now?.status ?? 'no'} />{' '}
                  <strong>
                    {FUNCTION_LABELS[p.function]}
                    {p.over ? ` for ${name(p.over)}` : ''}: {name(p.holder)}
                  </strong>
                  <span className="app-note">
                    {formatPeriod(p.start, p.end, p.endStatus)}. Authority: {p.authority}
                  </span>
                  {p.notes ? <span className="app-note">{p.notes}</span> : null}
                  {p.flags.length > 0 ? <FlagList flags={p.flags} /> : null}
                  <SourceList refs={p.sources} sources={sources} />
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      <button type="button" className="govuk-button govuk-button--secondary" onClick={onClose}>
        Close details
      </button>
    </section>
  );
}
