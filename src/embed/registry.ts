/**
 * The embeddable charts: each name (as in `/embed/<name>/` and `?chart=<name>`) to a component
 * that draws its spec alone. Nothing here is chart-specific: the specs are in src/charts/registry.ts.
 */
import { createElement } from 'react';
import { CHART_SPECS } from '../charts/registry';
import { EMBED_CHARTS, type EmbedChartName } from '../lib/embedCode';
import { lazy, type PreloadableComponent } from '../lib/lazy';
import { EmbeddedChart } from './EmbeddedChart';

/** Drawn inside the embed's Suspense boundary; preloaded before a pre-rendered embed hydrates. */
export const EMBED_COMPONENTS = Object.fromEntries(
  EMBED_CHARTS.map((name) => [
    name,
    lazy(() =>
      CHART_SPECS[name]().then((spec) => ({
        default: function Embedded() {
          return createElement(EmbeddedChart, { spec });
        },
      })),
    ),
  ]),
) as Record<EmbedChartName, PreloadableComponent<() => React.JSX.Element>>;
