/** Lanes to show, and zoom and pan buttons: the same moves as the wheel, drag and keys. */
import { clampDomain, panDomain, zoomDomain, type Domain } from '../../charts/timeline/zoomDomain';
import { LANE_LABELS, TIMELINE_LANES } from '../../domain/timeline';
import type { Lane } from '../../domain/types';
import { DEFAULT_DOMAIN } from './useTimelineState';

export function LaneChooser({
  lanes,
  onChange,
  counts,
}: {
  lanes: readonly Lane[];
  onChange: (lanes: Lane[]) => void;
  /** Events per lane, shown beside each name. */
  counts: Readonly<Record<Lane, number>>;
}) {
  const toggle = (lane: Lane, on: boolean) =>
    onChange(TIMELINE_LANES.filter((l) => (l === lane ? on : lanes.includes(l))));
  return (
    <div className="govuk-form-group app-tl-lanes">
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Lanes shown</legend>
        <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          {TIMELINE_LANES.map((lane) => (
            <div className="govuk-checkboxes__item" key={lane}>
              <input
                className="govuk-checkboxes__input"
                id={`timeline-lane-${lane}`}
                name="lanes"
                type="checkbox"
                value={lane}
                checked={lanes.includes(lane)}
                onChange={(event) => toggle(lane, event.target.checked)}
              />
              <label
                className="govuk-label govuk-checkboxes__label"
                htmlFor={`timeline-lane-${lane}`}
              >
                <span className={`app-tl-key app-tl--${lane}`} aria-hidden="true" />
                {LANE_LABELS[lane]} ({counts[lane]})
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

export function ZoomButtons({
  domain,
  full,
  onChange,
}: {
  domain: Domain;
  full: Domain;
  onChange: (d: Domain) => void;
}) {
  const buttons: {
    label: string;
    before?: string;
    after?: string;
    hidden?: string;
    next: Domain;
  }[] = [
    { label: 'Zoom in', next: zoomDomain(domain, 2, full) },
    { label: 'Zoom out', next: zoomDomain(domain, 0.5, full) },
    {
      label: 'Earlier',
      before: '← ',
      hidden: ' (move the view back in time)',
      next: panDomain(domain, -0.25, full),
    },
    {
      label: 'Later',
      after: ' →',
      hidden: ' (move the view on in time)',
      next: panDomain(domain, 0.25, full),
    },
    {
      label: '2013 to 2021',
      hidden: ' (the opening view)',
      next: clampDomain(DEFAULT_DOMAIN, full),
    },
    { label: 'Show all', hidden: ' years', next: [full[0], full[1]] },
  ];
  return (
    <div className="app-tl-zoom" role="group" aria-label="Zoom and move the timeline">
      {buttons.map((b) => {
        const same = b.next[0] === domain[0] && b.next[1] === domain[1];
        return (
          <button
            key={b.label}
            type="button"
            className="govuk-button govuk-button--secondary app-tl-zoom__button"
            aria-disabled={same}
            onClick={() => {
              if (!same) onChange(b.next);
            }}
          >
            {b.before ? <span aria-hidden="true">{b.before}</span> : null}
            {b.label}
            {b.after ? <span aria-hidden="true">{b.after}</span> : null}
            {b.hidden ? <span className="govuk-visually-hidden">{b.hidden}</span> : null}
          </button>
        );
      })}
    </div>
  );
}
