/**
 * The hook layer between a spec and whatever draws it (in the spirit of nivo's compute → hooks →
 * component): parameters, view-model, layout, text and table, each memoised on what it depends
 * on, so that screens never repeat a chart's chain of useMemo calls.
 */
import { useMemo } from 'react';
import type { DataFileKey } from '../../domain/types';
import type { ChartTable } from '../chart-data/chartTable';
import type { ChartSpec, ChartText, SpecData, Surface } from './spec';

export interface ChartOutput<Model, Layout, Params> {
  params: Params;
  model: Model;
  layout: Layout;
  text: ChartText;
  /** Built on first use: most renders show the picture, not the table. */
  getTable: () => ChartTable;
}

/** The spec's parameters from a query string, with any overrides (an embed's own zoom) on top. */
export function useSpecParams<F extends DataFileKey, Params, Model, Layout>(
  spec: ChartSpec<F, Params, Model, Layout>,
  query: string,
  data: SpecData<F | 'meta.json'>,
  overrides?: Partial<Params>,
): Params {
  const fromQuery = useMemo(
    () => spec.readParams(new URLSearchParams(query), data),
    [spec, query, data],
  );
  return useMemo(
    () => (overrides ? { ...fromQuery, ...overrides } : fromQuery),
    [fromQuery, overrides],
  );
}

/** The spec's view-model, rebuilt only when the parameters it reads change (spec.modelKey), never on zoom. */
export function useChartModel<F extends DataFileKey, Params, Model, Layout>(
  spec: ChartSpec<F, Params, Model, Layout>,
  data: SpecData<F | 'meta.json'>,
  params: Params,
): Model {
  const modelKey = spec.modelKey ? spec.modelKey(params) : params;
  // eslint-disable-next-line react-hooks/exhaustive-deps -- modelKey stands for the parameters the model reads
  return useMemo(() => spec.toModel(data, params), [spec, data, modelKey]);
}

/** Layout, text and table of a view-model, for a surface and width. */
export function useChartOf<F extends DataFileKey, Params, Model, Layout>(
  spec: ChartSpec<F, Params, Model, Layout>,
  data: SpecData<F | 'meta.json'>,
  params: Params,
  model: Model,
  surface: Surface,
  width: number,
  /** The height the chart may use (a slide's frame); undefined on surfaces as tall as their content. */
  height?: number,
): ChartOutput<Model, Layout, Params> {
  const layout = useMemo(
    () => spec.layout(model, params, { surface, width, height }),
    [spec, model, params, surface, width, height],
  );
  const text = useMemo(
    () => spec.toText(model, params, data, surface),
    [spec, model, params, data, surface],
  );
  const getTable = useMemo(() => {
    let table: ChartTable | undefined;
    return () => (table ??= spec.toTable(model, params, data));
  }, [spec, model, params, data]);
  return useMemo(
    () => ({ params, model, layout, text, getTable }),
    [params, model, layout, text, getTable],
  );
}

/** Everything a surface needs to draw a spec at a width. */
export function useChart<F extends DataFileKey, Params, Model, Layout>(
  spec: ChartSpec<F, Params, Model, Layout>,
  data: SpecData<F | 'meta.json'>,
  params: Params,
  surface: Surface,
  width: number,
  height?: number,
): ChartOutput<Model, Layout, Params> {
  return useChartOf(spec, data, params, useChartModel(spec, data, params), surface, width, height);
}

/** Build a spec's output without React: for exports, snapshot tests and the gallery. */
export function computeChart<F extends DataFileKey, Params, Model, Layout>(
  spec: ChartSpec<F, Params, Model, Layout>,
  data: SpecData<F | 'meta.json'>,
  query: string,
  surface: Surface,
  width: number,
  height?: number,
): ChartOutput<Model, Layout, Params> {
  const params = spec.readParams(new URLSearchParams(query), data);
  const model = spec.toModel(data, params);
  return {
    params,
    model,
    layout: spec.layout(model, params, { surface, width, height }),
    text: spec.toText(model, params, data, surface),
    getTable: () => spec.toTable(model, params, data),
  };
}
