import { useEffect, useRef, useState } from 'react';
import { governanceSpec } from '../../charts/governance/spec';
import { ChartSurface } from '../../charts/shared/SpecView';
import { useChart, useSpecParams } from '../../charts/shared/useChart';
import { useElementSize } from '../../charts/shared/useElementWidth';
import { AS_AT_PARAM } from '../../domain/asAt';
import { formatPartialDate } from '../../domain/dates';
import { describeChanges } from '../../domain/governanceText';
import { getStepIndex, type PresenterStep } from '../../domain/presenterSteps';
import { LANE_LABELS } from '../../domain/timeline';
import type { DataFiles } from '../../domain/types';
import { setUrlParams, useUrlParam } from '../../lib/useUrlState';
import { usePresenterKeys } from './usePresenterKeys';

export type PresenterFiles = Pick<DataFiles, 'meta.json' | 'governance.json' | 'sources.json'>;

/** The chart area's width before it is measured (the first paint). */
const DIAGRAM_WIDTH = 960;

export function PresenterStage({
  steps,
  files,
}: {
  steps: readonly PresenterStep[];
  files: PresenterFiles;
}) {
  const [asAt] = useUrlParam(AS_AT_PARAM);
  const index = getStepIndex(steps, asAt || null);
  const step = index >= 0 ? steps[index] : undefined;
  const stage = useRef<HTMLDivElement>(null);
  const [fullScreen, setFullScreen] = useState(false);
  const go = (next: number) => {
    const target = steps[Math.max(0, Math.min(steps.length - 1, next))];
    if (target) setUrlParams({ [AS_AT_PARAM]: target.date });
  };
  usePresenterKeys({
    next: () => go(index + 1),
    previous: () => (index > 0 ? go(index - 1) : undefined),
    first: () => go(0),
    last: () => go(steps.length - 1),
  });
  useEffect(() => {
    const onChange = () => setFullScreen(document.fullscreenElement === stage.current);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const toggleFullScreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void stage.current?.requestFullscreen?.().catch(() => undefined);
  };
  const first = steps[0];
  const last = steps.at(-1);

  return (
    <div className="app-present">
      <div className="app-present__stage" ref={stage} data-step={index}>
        {step ? (
          <Slide
            key={step.date}
            step={step}
            number={index + 1}
            count={steps.length}
            files={files}
          />
        ) : (
          <div className="app-present__title-slide">
            <h2 className="app-present__date">
              Northamptonshire children&apos;s social care
              {first && last ? `, ${first.stated.slice(0, 4)} to ${last.stated.slice(0, 4)}` : ''}
            </h2>
            <p className="app-present__lead">
              {steps.length} dates
              {first && last
                ? `, from ${formatPartialDate(first.stated)} to ${formatPartialDate(last.stated)}`
                : ''}
              : inspections, directions, appointments and the changes in who held power.
            </p>
            <p className="app-present__lead">Press the right arrow, Page Down or Space to begin.</p>
          </div>
        )}
        <div className="app-present__controls">
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => go(index - 1)}
            disabled={index <= 0}
          >
            <span aria-hidden="true">← </span>Previous
          </button>
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => go(index + 1)}
            disabled={index >= steps.length - 1}
          >
            {index < 0 ? 'Start' : 'Next'}
            <span aria-hidden="true"> →</span>
          </button>
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={toggleFullScreen}
            aria-pressed={fullScreen}
          >
            Full screen
          </button>
        </div>
      </div>
      <p className="govuk-visually-hidden" aria-live="polite">
        {step
          ? `Step ${index + 1} of ${steps.length}: ${formatPartialDate(step.stated)}.`
          : 'Title slide.'}
      </p>
    </div>
  );
}

function Slide({
  step,
  number,
  count,
  files,
}: {
  step: PresenterStep;
  number: number;
  count: number;
  files: PresenterFiles;
}) {
  const query = `asAt=${step.date}${step.structureChanged ? '' : '&highlight=none'}`;
  const params = useSpecParams(governanceSpec, query, files);
  // The diagram is drawn on the slide surface, as a slide embed is: laid out for the shape of the
  // area the stage gives it, at the slide's logical width, and scaled up to fill it.
  const [area, size] = useElementSize<HTMLDivElement>(DIAGRAM_WIDTH, true);
  // The step's own words come from the same view-model the diagram is drawn from.
  const chart = useChart(governanceSpec, files, params, 'slide', size.width, size.height);
  const changes = chart.model.diff ? describeChanges(chart.model.diff, chart.model.name) : [];
  const date = formatPartialDate(step.stated);
  return (
    <div className="app-present__slide">
      <div className="app-present__head">
        <p className="app-present__count">
          Step {number} of {count}
        </p>
        <h2 className="app-present__date">{date}</h2>
        {step.stated.length < 10 ? (
          <p className="app-present__note">Known only to the month: shown from its first day.</p>
        ) : null}
      </div>
      {/* Focusable so that a long list can be scrolled from the keyboard on a short slide. */}
      <div
        className="app-present__text"
        role="region"
        aria-label={`What happened on ${date}`}
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={0}
      >
        {step.events.length > 0 ? (
          <>
            <h3 className="app-present__subhead">What happened</h3>
            <ul className="app-present__list">
              {step.events.map((e) => (
                <li key={e.id} className="app-present__new">
                  {e.title}
                  {e.gradeLabel ? `: ${e.gradeLabel}` : ''}{' '}
                  <span className="app-present__lane">({LANE_LABELS[e.lane]})</span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <h3 className="app-present__subhead">
          {changes.length ? 'What changed in who held power' : 'Who held power'}
        </h3>
        {changes.length ? (
          <ul className="app-present__list">
            {changes.map((line, i) => (
              <li key={i} className="app-present__new">
                {line}
              </li>
            ))}
          </ul>
        ) : (
          <p className="app-present__plain">No change to the structure on this date.</p>
        )}
      </div>
      <div className="app-present__chart" ref={area}>
        <ChartSurface
          spec={governanceSpec}
          chart={chart}
          surface="slide"
          fitted={size.height !== undefined}
        />
      </div>
    </div>
  );
}
