/**
 * The one view that draws any chart spec on any surface. A page, the briefing, an embed, the
 * presenter and the gallery all render this with a spec, its data, a query string and a surface;
 * none of them builds a chart's model, layout, table or text itself.
 */
import { useId, useState, type ReactNode, type Ref } from 'react';
import type { DataFileKey } from '../../domain/types';
import { DataTable } from '../chart-data/DataTable';
import { ChartFrame, type ChartView } from './ChartFrame';
import type { ChartSpec, FootnoteParagraph, SpecData, Surface } from './spec';
import { useChart, useSpecParams, type ChartOutput } from './useChart';
import { useElementSize } from './useElementWidth';

export interface SpecViewProps<
  F extends DataFileKey = DataFileKey,
  Params = unknown,
  Model = unknown,
  Layout = unknown,
> {
  spec: ChartSpec<F, Params, Model, Layout>;
  data: SpecData<F | 'meta.json'>;
  /** The address's query string (without `?`), from which the spec reads its parameters. */
  query: string;
  surface: Surface;
  /** The selected mark, when the screen keeps it (in the address); else the view keeps its own. */
  selected?: string | null;
  onSelect?: (id: string | null) => void;
  /** Changes made inside the chart (zoom); else the view keeps them as its own overrides. */
  onParamsChange?: (next: Partial<Params>) => void;
  /** Chart or Table tab, when the screen keeps it. */
  view?: ChartView;
  onViewChange?: (view: ChartView) => void;
  /** Buttons such as Embed and Download, given what the chart shows. */
  actions?: (chart: ChartOutput<Model, Layout, Params>) => ReactNode;
  /** Controls above the frame that change what both the chart and its table show (a choice of pair). */
  controls?: (chart: ChartOutput<Model, Layout, Params>) => ReactNode;
  /** Drawn in the chart panel above and below the picture (zoom buttons, an overview strip). */
  before?: ReactNode;
  after?: ReactNode;
  /** Under a compact chart: the link to its full view. */
  footer?: ReactNode;
  headingLevel?: 2 | 3;
  /** A stable id for the compact figure's title and summary ("compact-timeline" → "compact-timeline-title"). */
  id?: string;
  /** The width before measuring (the server, the first paint); the spec's own by default. */
  fallbackWidth?: number;
  /**
   * Marks a reader can reach and select (by default on every surface but compact, print and
   * export). A compact copy that is interactive (the briefing's journey) is not inert, and shows
   * the selected mark's details under it.
   */
  interactive?: boolean;
}

const isStill = (surface: Surface) =>
  surface === 'compact' || surface === 'print' || surface === 'export';

export function Footnote({ paragraphs }: { paragraphs: readonly FootnoteParagraph[] }) {
  return (
    <>
      {paragraphs.map((p, i) =>
        typeof p === 'string' ? (
          <p className="govuk-body-s" key={i}>
            {p}
          </p>
        ) : 'list' in p ? (
          <ol className="govuk-list govuk-list--number govuk-body-s app-footnote-list" key={i}>
            {p.list.map((item, j) => (
              <li key={j}>{item}</li>
            ))}
          </ol>
        ) : (
          <p className="govuk-body-s" key={i}>
            <strong>{p.lead}</strong> {p.text}
          </p>
        ),
      )}
    </>
  );
}

export function SpecView<F extends DataFileKey, Params, Model, Layout>(
  props: SpecViewProps<F, Params, Model, Layout>,
) {
  const { spec, data, query, surface } = props;
  const [overrides, setOverrides] = useState<Partial<Params> | undefined>(undefined);
  // A slide's chart fills the area its container gives it, so its layout is given that height too.
  const [ref, size] = useElementSize<HTMLDivElement>(
    props.fallbackWidth ?? spec.fallbackWidth,
    surface === 'slide',
  );
  const params = useSpecParams(spec, query, data, overrides);
  const chart = useChart(spec, data, params, surface, size.width, size.height);
  const onParamsChange =
    props.onParamsChange ?? ((next: Partial<Params>) => setOverrides((o) => ({ ...o, ...next })));
  return (
    <ChartSurface
      {...props}
      chart={chart}
      measure={ref}
      fitted={size.height !== undefined}
      onParamsChange={onParamsChange}
    />
  );
}

/** Draws a chart already computed (useChart) on its surface: the frame, the picture, the table, the words. */
export function ChartSurface<F extends DataFileKey, Params, Model, Layout>(
  props: Omit<SpecViewProps<F, Params, Model, Layout>, 'data' | 'query'> & {
    chart: ChartOutput<Model, Layout, Params>;
    measure?: Ref<HTMLDivElement>;
    /** On a slide: the layout was made for the measured box (not yet on the first paint). */
    fitted?: boolean;
  },
) {
  const { spec, surface, chart, measure } = props;
  const [ownSelected, setOwnSelected] = useState<string | null>(null);
  const selected = props.selected !== undefined ? props.selected : ownSelected;
  const onSelect = props.onSelect ?? setOwnSelected;
  const interactive = props.interactive ?? !isStill(surface);
  const noParams = () => {};
  const draw = (ids: { titleId: string; descriptionId: string }) => (
    <spec.Chart
      model={chart.model}
      layout={chart.layout}
      params={chart.params}
      surface={surface}
      interactive={interactive}
      selected={selected}
      onSelect={onSelect}
      onParamsChange={props.onParamsChange ?? noParams}
      {...ids}
    />
  );

  if (surface === 'compact')
    return (
      <CompactFigure
        chart={chart}
        id={props.id}
        name={spec.name}
        footer={props.footer}
        measure={measure}
        draw={draw}
        interactive={interactive}
        details={
          interactive && selected
            ? (spec.describeSelected?.(chart.model, chart.layout, selected) ?? null)
            : null
        }
      />
    );
  if (surface === 'slide')
    return (
      <SlideFigure
        chart={chart}
        name={spec.name}
        measure={measure}
        fitted={props.fitted ?? false}
        draw={draw}
      />
    );
  return (
    <div ref={measure} className={`app-spec app-spec--${surface}`} data-chart={spec.name}>
      {props.controls?.(chart)}
      <ChartFrame
        title={chart.text.title}
        description={chart.text.description}
        summary={withSelection(
          chart.text.summary,
          selected && spec.describeSelected?.(chart.model, chart.layout, selected),
        )}
        view={props.view}
        onViewChange={props.onViewChange}
        actions={props.actions?.(chart)}
        headingLevel={props.headingLevel}
        chart={(ids) => (
          <>
            {props.before}
            {draw(ids)}
            {props.after}
          </>
        )}
        table={<DataTable table={chart.getTable()} selectedId={selected} onSelectRow={onSelect} />}
        footnote={
          chart.text.footnote.length ? <Footnote paragraphs={chart.text.footnote} /> : undefined
        }
      />
    </div>
  );
}

const withSelection = (summary: string, selected: string | null | undefined) =>
  selected ? `${summary} Selected: ${selected}` : summary;

type Draw = (ids: { titleId: string; descriptionId: string }) => ReactNode;

/**
 * A chart on a slide: the slide carries its own title, so the chart's title and description are
 * there for assistive technology only, and nothing else is drawn around the picture. The figure
 * fills the box its slide gives it; `data-fitted` says the layout was made for that box's
 * measured size (the signal a test waits for).
 */
function SlideFigure({
  chart,
  name,
  measure,
  fitted,
  draw,
}: {
  chart: ChartOutput<unknown, unknown, unknown>;
  name: string;
  measure?: Ref<HTMLDivElement>;
  fitted: boolean;
  draw: Draw;
}) {
  const id = useId();
  return (
    <figure
      className="app-slide-figure"
      data-chart={name}
      data-fitted={fitted ? 'true' : undefined}
      ref={measure}
    >
      <figcaption className="govuk-visually-hidden">
        <span id={`${id}-title`}>{chart.text.title}</span>{' '}
        <span id={`${id}-desc`}>{chart.text.description}</span>
      </figcaption>
      {draw({ titleId: `${id}-title`, descriptionId: `${id}-desc` })}
    </figure>
  );
}

/**
 * A small copy of a chart for the page at a glance, its summary given in words beside it. A still
 * copy is inert (the full view is one link away, with its table and keyboard access); an
 * interactive one (the briefing's journey, whose full view is the briefing) keeps its marks
 * reachable and shows the selected one's details under it.
 */
function CompactFigure({
  chart,
  id: givenId,
  name,
  footer,
  measure,
  draw,
  interactive,
  details,
}: {
  chart: { text: { title: string; shortTitle?: string; summary: string } };
  id: string | undefined;
  name: string;
  footer: ReactNode;
  measure?: Ref<HTMLDivElement>;
  draw: Draw;
  interactive: boolean;
  /** The selected mark in words, where the copy is interactive. */
  details: string | null;
}) {
  const generated = useId();
  const id = givenId ?? generated;
  const titleId = `${id}-title`;
  const descriptionId = `${id}-summary`;
  return (
    <figure
      className="app-compact"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      data-chart={name}
    >
      <figcaption>
        <h2 className="govuk-heading-s app-compact__title" id={titleId}>
          {chart.text.shortTitle ?? chart.text.title}
        </h2>
      </figcaption>
      <div
        className={`app-compact__chart${interactive ? ' app-compact__chart--interactive' : ''}`}
        inert={interactive ? undefined : ''}
        ref={measure}
      >
        {draw({ titleId, descriptionId })}
      </div>
      {interactive ? (
        <p className="govuk-body-s app-compact__selected" aria-live="polite">
          {details ? `Selected: ${details}` : ''}
        </p>
      ) : null}
      <p className="govuk-body-s app-compact__summary" id={descriptionId}>
        {chart.text.summary}
      </p>
      {footer ? <p className="govuk-body-s app-compact__link">{footer}</p> : null}
    </figure>
  );
}
