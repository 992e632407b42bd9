/**
 * The selected event in full: what happened, the judgements, who acted, the legal basis, the
 * sources with locators and links, the confidence, and every flag and disputed date. Nothing is
 * smoothed over: a date we could not place says so, and why.
 */
import type { ReactNode } from 'react';
import type { SourceDoc } from '../../data/schemas';
import { formatPartialDate } from '../../domain/dates';
import { AREA_LABELS, formatGrade } from '../../domain/ratings';
import { LANE_LABELS, type TimelineEvent } from '../../domain/timeline';
import { toSafeHref } from '../../lib/safeUrl';
import { FlagList } from '../../ui/FlagList';

export interface EventDetailsProps {
  event: TimelineEvent;
  /** Body id → name (governance.json); ids are shown where a name is not loaded. */
  names: ReadonlyMap<string, string>;
  sources: ReadonlyMap<string, SourceDoc>;
  /** Whether the event comes after the as-at date. */
  afterAsAt: boolean;
  onSelect: (id: string) => void;
  onClose: () => void;
  /** Events that exist, so an "outcome" link is offered only where it leads somewhere. */
  has: (id: string) => boolean;
}

const CONFIDENCE_WORDS = {
  high: 'High: an official or primary document, or independent reliable reports that agree',
  medium: 'Medium: one reliable secondary source (press or council)',
  low: 'Low: indirect or inferred',
} as const;

function SourceItem({
  refSource,
  locator,
  says,
  doc,
}: {
  refSource: string;
  locator: string;
  says?: string;
  doc?: SourceDoc;
}) {
  const href = toSafeHref(doc?.url);
  const title = doc?.title ?? refSource;
  return (
    <li>
      {href ? (
        <a className="govuk-link" href={href} rel="noreferrer noopener" target="_blank">
          {title} (opens in new tab)
        </a>
      ) : (
        <span>{title}</span>
      )}
      {doc?.date ? `, ${formatPartialDate(doc.date)}` : ''}
      <span className="app-note">
        Where: {locator}
        {says ? `. Says: ${says}` : ''}
        {!href ? '. No public link is known.' : ''}
      </span>
    </li>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

export function EventDetails({
  event: e,
  names,
  sources,
  afterAsAt,
  onSelect,
  onClose,
  has,
}: EventDetailsProps) {
  const nameOf = (id: string) => names.get(id) ?? id;
  return (
    <section className="app-tl-details" aria-labelledby="timeline-details-heading">
      <div className="app-tl-details__head">
        <h2 className="govuk-heading-m" id="timeline-details-heading" tabIndex={-1}>
          <span className="govuk-caption-m">{LANE_LABELS[e.lane]}</span>
          {e.title}
        </h2>
        <button
          type="button"
          className="govuk-button govuk-button--secondary app-tl-details__close"
          onClick={onClose}
        >
          Close details<span className="govuk-visually-hidden">: {e.title}</span>
        </button>
      </div>
      <dl className="govuk-summary-list">
        <Row label="When">
          {e.dateLabel}
          {e.placement ? <span className="app-note">{e.placement}</span> : null}
          {afterAsAt ? (
            <span className="app-note">After the as-at date: faded on the timeline.</span>
          ) : null}
        </Row>
        <Row label="What happened">{e.summary}</Row>
        {e.gradeLabel !== null ? (
          <Row label="Judgement">
            <strong>{e.gradeLabel}</strong>
            {e.judgements.length ? (
              <ul className="govuk-list app-compact-list">
                {e.judgements.map((j, i) => (
                  <li key={i}>
                    {j.label} ({AREA_LABELS[j.area]}): <strong>{formatGrade(j.grade)}</strong>
                  </li>
                ))}
              </ul>
            ) : null}
          </Row>
        ) : null}
        {e.expected ? (
          <Row label="Expected">
            By {formatPartialDate(e.expected.by)} (the expectation was set{' '}
            {formatPartialDate(e.start)}).
            {e.expected.outcome ? (
              <span className="app-note">What came of it: {e.expected.outcome}</span>
            ) : null}
            {e.expected.outcomeRef && has(e.expected.outcomeRef) ? (
              <button
                type="button"
                className="app-link-button"
                onClick={() => onSelect(e.expected!.outcomeRef!)}
              >
                Show the outcome on the timeline
              </button>
            ) : null}
          </Row>
        ) : null}
        <Row label={e.record === 'inspection' ? 'Inspected' : 'Who'}>
          {e.actors.length ? e.actors.map(nameOf).join(', ') : 'Not recorded'}
        </Row>
        {e.record !== 'inspection' ? (
          <Row label="Legal basis">{e.legalBasis ?? 'Not stated in the sources used'}</Row>
        ) : null}
        {e.dateClaims.length ? (
          <Row label="Dates the sources give">
            <ul className="govuk-list app-compact-list">
              {e.dateClaims.map((c, i) => (
                <li key={i}>
                  <strong>{c.date ? formatPartialDate(c.date) : 'No usable date'}</strong>
                  {c.stated ? ` (as stated: ${c.stated})` : ''}
                  <span className="app-note">
                    Per {c.sources.map((s) => sources.get(s.source)?.title ?? s.source).join('; ')}
                  </span>
                </li>
              ))}
            </ul>
          </Row>
        ) : null}
        <Row label="Flags">
          <FlagList flags={e.flags} />
        </Row>
        <Row label="Confidence">{CONFIDENCE_WORDS[e.confidence]}</Row>
        <Row label="Sources">
          <ul className="govuk-list app-compact-list">
            {e.sources.map((s, i) => (
              <SourceItem
                key={i}
                refSource={s.source}
                locator={s.locator}
                says={s.says}
                doc={sources.get(s.source)}
              />
            ))}
          </ul>
        </Row>
        {e.notes ? <Row label="Notes">{e.notes}</Row> : null}
      </dl>
    </section>
  );
}
