import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export type ChartView = 'chart' | 'table';

/** What every chart carries: a title, a one-line description, a table and a live summary. */
export interface ChartFrameProps {
  title: string;
  /** One line: what the chart shows. Also the chart's accessible description. */
  description: string;
  /** A plain-English summary of what is shown now; read out politely when it changes. */
  summary: string;
  /** Draws the chart, given the ids of the title and description for aria-labelledby/-describedby. */
  chart: (ids: { titleId: string; descriptionId: string }) => ReactNode;
  /** The same data as an HTML table. */
  table: ReactNode;
  /** Chart or table; controlled when given (e.g. from the URL). */
  view?: ChartView;
  onViewChange?: (view: ChartView) => void;
  /** Buttons such as Embed and Download. */
  actions?: ReactNode;
  /** A note under the chart: sources, how grades are treated, "timing is not cause". */
  footnote?: ReactNode;
  headingLevel?: 2 | 3;
}

const VIEWS: ChartView[] = ['chart', 'table'];
const LABELS: Record<ChartView, string> = { chart: 'Chart', table: 'Table' };

/** A chart's frame: heading, description, Chart/Table tabs (ARIA tabs pattern), summary, actions. */
export function ChartFrame({
  title,
  description,
  summary,
  chart,
  table,
  view,
  onViewChange,
  actions,
  footnote,
  headingLevel = 2,
}: ChartFrameProps) {
  const id = useId();
  const titleId = `${id}-title`;
  const descriptionId = `${id}-desc`;
  const [ownView, setOwnView] = useState<ChartView>('chart');
  const current = view ?? ownView;
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const select = (next: ChartView) => {
    setOwnView(next);
    onViewChange?.(next);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = VIEWS.indexOf(current);
    const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const target =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? VIEWS.length - 1
          : delta
            ? (index + delta + VIEWS.length) % VIEWS.length
            : -1;
    if (target < 0) return;
    event.preventDefault();
    select(VIEWS[target]!);
    tabs.current[target]?.focus();
  };
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="app-chart" aria-labelledby={titleId}>
      <Heading className={headingLevel === 2 ? 'govuk-heading-m' : 'govuk-heading-s'} id={titleId}>
        {title}
      </Heading>
      <p className="govuk-body app-chart__description" id={descriptionId}>
        {description}
      </p>
      <div className="app-chart__bar">
        <div className="app-tabs" role="tablist" aria-label={`${title}: show as`}>
          {VIEWS.map((v, i) => (
            <button
              key={v}
              ref={(el) => {
                tabs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`${id}-tab-${v}`}
              aria-selected={current === v}
              aria-controls={`${id}-panel-${v}`}
              tabIndex={current === v ? 0 : -1}
              className="app-tabs__tab"
              onClick={() => select(v)}
              onKeyDown={onKeyDown}
            >
              {LABELS[v]}
            </button>
          ))}
        </div>
        {actions ? <div className="app-chart__actions">{actions}</div> : null}
      </div>
      <div
        role="tabpanel"
        id={`${id}-panel-chart`}
        aria-labelledby={`${id}-tab-chart`}
        hidden={current !== 'chart'}
        className="app-chart__panel"
      >
        {current === 'chart' ? chart({ titleId, descriptionId }) : null}
      </div>
      <div
        role="tabpanel"
        id={`${id}-panel-table`}
        aria-labelledby={`${id}-tab-table`}
        hidden={current !== 'table'}
        className="app-chart__panel"
      >
        {current === 'table' ? table : null}
      </div>
      <p className="govuk-body app-chart__summary" aria-live="polite">
        <span className="govuk-visually-hidden">Summary: </span>
        {summary}
      </p>
      {footnote ? <div className="govuk-body-s app-chart__footnote">{footnote}</div> : null}
    </section>
  );
}
