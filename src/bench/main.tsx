/**
 * bench.html: each chart behind one protocol (issue 8), so that any harness measures it the same way.
 *
 *   window.bench = { name, render(data), marks(), makeData?(n, seed), actions? }
 *
 * `render` draws synchronously (flushSync), so a harness times from its start to after two
 * animation frames. `?chart=timeline` takes `[{ id, date: 'YYYY-MM-DD', category, label }]`
 * (six categories, one lane each); `?chart=flows` takes `makeData()`'s authorities (153 × 6 rounds
 * by default); `?chart=governance` takes `{ date }` (and `file`, else the governance.json that
 * makeData fetched). `actions` (timeline) zoom, pan and set the as-at date, each drawn
 * synchronously, for timing the next frame. All data here is synthetic except governance.json.
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { panDomain, zoomDomain, type Domain } from '../charts/timeline/zoomDomain';
import { getFullExtent } from '../charts/timeline/prepareEvents';
import { parseDataFile } from '../data/parse';
import { getDataUrl } from '../data/load';
import type { GovernanceFile } from '../domain/types';
import '../lib/chartFontFace';
import '../app/styles.scss';
import {
  FlowsBench,
  GovernanceBench,
  HistoryBench,
  TimelineBench,
  type HistoryBenchFiles,
} from './BenchCharts';
import { makeBenchAuthorities, toBenchEvents, type BenchRow } from './benchData';

export interface Bench {
  name: string;
  render: (data: unknown) => void;
  /** How many marks the chart drew (timeline: event marks and clusters; flows: bands; governance: bodies). */
  marks: () => number;
  makeData?: (n?: number, seed?: number) => unknown;
  actions?: Record<string, (...args: number[]) => void>;
}

declare global {
  interface Window {
    bench?: Bench;
  }
}

const WIDTH = 900;
const host = document.getElementById('bench-root')!;
const root = createRoot(host);
const draw = (node: React.ReactNode) => flushSync(() => root.render(node));
const count = (selector: string) => host.querySelectorAll(selector).length;

function timelineBench(): Bench {
  let bench = toBenchEvents([]);
  let domain: Domain | null = null;
  let asAt: number | null = null;
  let extent: Domain | null = null;
  const full = () => (extent ??= getFullExtent(bench.events));
  const redraw = () =>
    draw(<TimelineBench bench={bench} domain={domain} asAt={asAt} width={WIDTH} />);
  return {
    name: 'timeline',
    render(data) {
      // Rows become events inside the timed render, as real data would.
      bench = toBenchEvents(data as BenchRow[]);
      domain = null;
      asAt = null;
      extent = null;
      redraw();
    },
    marks: () => count('[data-nav-id]'),
    actions: {
      zoom: (factor = 2) => {
        domain = zoomDomain(domain ?? full(), factor, full());
        redraw();
      },
      pan: (fraction = 0.1) => {
        domain = panDomain(domain ?? full(), fraction, full());
        redraw();
      },
      asAt: (ms = Date.UTC(2018, 10, 30)) => {
        asAt = ms;
        redraw();
      },
    },
  };
}

function flowsBench(): Bench {
  return {
    name: 'flows',
    render(data) {
      draw(
        <FlowsBench authorities={data as ReturnType<typeof makeBenchAuthorities>} width={WIDTH} />,
      );
    },
    marks: () => count('.app-flows__link'),
    makeData: (n = 153, seed = 1) => makeBenchAuthorities(n, 6, seed),
  };
}

function governanceBench(): Bench {
  let loaded: GovernanceFile | null = null;
  return {
    name: 'governance',
    async makeData() {
      const response = await fetch(getDataUrl('governance.json'));
      loaded = parseDataFile('governance.json', await response.json());
      return { date: '2018-11-30' };
    },
    render(data) {
      const { date, file } = data as { date: string; file?: GovernanceFile };
      const governance = file ?? loaded;
      if (!governance) throw new Error('Call makeData() first, or pass { file, date }.');
      draw(<GovernanceBench file={governance} date={date} width={WIDTH} />);
    },
    marks: () => count('[data-node]') + count('[data-edge]'),
  } as Bench;
}

/**
 * `?chart=history`: the calendar rating history of every authority in the national file and the
 * county council (real data: makeData fetches national.json, inspections.json and meta.json). The
 * timed render builds the rows from the files, filters, sorts, lays out and draws; `filter(year)`
 * redraws with "inadequate at any time in" that year, and `clear()` with every authority again.
 */
function historyBench(): Bench {
  let files: HistoryBenchFiles | null = null;
  let query = '';
  const redraw = () => {
    if (!files) throw new Error('Call makeData() first.');
    draw(<HistoryBench files={files} query={query} width={WIDTH} />);
  };
  return {
    name: 'history',
    async makeData() {
      const load = async <K extends keyof HistoryBenchFiles>(key: K) =>
        parseDataFile(key, await (await fetch(getDataUrl(key))).json()) as HistoryBenchFiles[K];
      files = {
        'meta.json': await load('meta.json'),
        'national.json': await load('national.json'),
        'inspections.json': await load('inspections.json'),
      };
      return {};
    },
    render() {
      // Fresh copies, so the rows are built inside the timed render (they are cached per file).
      files = files && {
        ...files,
        'national.json': { ...files['national.json'] },
        'inspections.json': { ...files['inspections.json'] },
      };
      query = '';
      redraw();
    },
    marks: () =>
      count('.app-history rect') + count('.app-history line') + count('.app-history path'),
    actions: {
      filter: (year = 2019) => {
        query = `hInad=${year}`;
        redraw();
      },
      // Back to every authority, as the page was before a filter.
      clear: () => {
        query = '';
        redraw();
      },
    },
  } as Bench;
}

const chart = new URLSearchParams(window.location.search).get('chart') ?? 'timeline';
const benches: Record<string, () => Bench> = {
  timeline: timelineBench,
  flows: flowsBench,
  governance: governanceBench,
  history: historyBench,
};
const make = benches[chart];
if (make) {
  window.bench = make();
  // As in the app, the page is on screen before its data arrives: what the benchmark times is
  // the chart's render, not React's first ever commit on the page.
  draw(<p className="govuk-body">Waiting for data.</p>);
} else host.textContent = `Unknown chart "${chart}": use ?chart=timeline, flows or governance.`;
