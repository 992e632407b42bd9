/**
 * "Embed" and "Download" for a chart, in its ChartFrame's actions: the embed code, a self-contained
 * SVG and a PNG (each with the title and source line) as on the page or at a size preset (slide,
 * social, A4: laid out for that surface through the chart's spec), a one-slide PowerPoint file,
 * and a CSV of the data the chart shows with a metadata file beside it (as Our World in Data's
 * `chart.metadata.json`). Every file is named by toExportFileName: chart, as-at date or data
 * version, preset.
 */
import { useId, useRef, useState } from 'react';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { dataQuery, useMeta } from '../data/queries';
import { formatPartialDate } from '../domain/dates';
import type { DataFiles } from '../domain/types';
import { toCsvTable, type ChartTable } from '../charts/chart-data/chartTable';
import { CHART_SPECS } from '../charts/registry';
import { specDataFiles, type AnyChartSpec } from '../charts/shared/spec';
import { AS_AT_PARAM, resolveAsAt } from '../domain/asAt';
import { toCsv } from '../lib/csv';
import { downloadBlob, downloadText } from '../lib/download';
import type { EmbedChartName } from '../lib/embedCode';
import { toExportFileName } from '../lib/export/fileName';
import { PRESETS, PRESET_NAMES, isPresetName, toDatingLine } from '../lib/export/presets';
import { toStandaloneSvg } from '../lib/export/standaloneSvg';
import { svgToPng } from '../lib/export/svgToPng';
import { SERVICE_NAME } from '../lib/site';
import { EmbedDialog, type EmbedContext } from './EmbedDialog';

export interface ChartActionsProps {
  chart: EmbedChartName;
  /** The chart's title as shown: for the files, and the iframe's title. */
  title: string;
  /** The data the chart shows now (its filters and date applied). */
  data: ChartTable | (() => ChartTable);
  /** Where the data comes from, for the source line of the images; the data version is added. */
  source?: string;
  /** False for a chart that is itself a table: no image downloads. */
  image?: boolean;
}

/** What an export needs beyond the page: the chart's spec, its data and its as-at date. */
interface ExportContext {
  spec: AnyChartSpec;
  data: DataFiles;
  query: string;
  /** The chart's own as-at date (ISO 8601), or null for a chart that has none. */
  asAt: string | null;
}

/** The spec (its own chunk, already loaded by the page) and its data (already in the cache). */
async function loadExportContext(
  chart: EmbedChartName,
  queryClient: QueryClient,
): Promise<ExportContext> {
  const spec = await CHART_SPECS[chart]();
  const entries = await Promise.all(
    specDataFiles(spec).map(async (file) => [file, await queryClient.fetchQuery(dataQuery(file))]),
  );
  const data = Object.fromEntries(entries) as DataFiles;
  const query = window.location.search;
  const params = spec.readParams(new URLSearchParams(query), data) as { asAt?: unknown } | null;
  const asAt = typeof params?.asAt === 'string' ? params.asAt : null;
  return { spec, data, query, asAt };
}

/** The preset and slide makers, in a chunk of their own. */
const loadExports = () => import('./chartExports');

/** The PNG sizes a person can choose: as on the page (2×), or one of the presets. */
const PAGE_SIZE = 'page';

/** What travels beside a CSV download, so the file can be read and cited without the page. */
export interface CsvMetadata {
  title: string;
  /** The table's caption: what its rows hold. */
  description: string;
  /** The page's as-at date (ISO 8601, at its own precision), or null before the data has loaded. */
  asAt: string | null;
  dataVersion: string | null;
  /** The day the data was last checked against its sources (ISO 8601). */
  dataChecked: string | null;
  licence: string | null;
  source: string;
  /** The page the CSV was downloaded from. */
  url: string;
  /** The CSV file this describes, its columns and row count. */
  csv: { file: string; encoding: 'utf-8 with byte-order mark'; columns: string[]; rows: number };
}

/** The source line under an exported image: the sources, the data version and the page's address. */
export function toSourceLine(
  source: string,
  version: string | null,
  checked: string | null,
  address: string,
): string {
  const data = version
    ? ` Data version ${version}${checked ? `, checked ${formatPartialDate(checked)}` : ''}.`
    : '';
  return `Source: ${source}.${data} ${address}`;
}

export function ChartActions({
  chart,
  title,
  data,
  source = SERVICE_NAME,
  image = true,
}: ChartActionsProps) {
  const meta = useMeta();
  const queryClient = useQueryClient();
  const sizeId = useId();
  const [size, setSize] = useState<string>(PAGE_SIZE);
  const root = useRef<HTMLDivElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const [context, setContext] = useState<EmbedContext | null>(null);
  const [status, setStatus] = useState('');
  const version = meta.data?.version ?? null;

  const openEmbed = () => {
    setContext({ origin: window.location.origin, search: window.location.search });
    const element = dialog.current;
    if (!element) return;
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
  };

  const chartSvg = () =>
    root.current
      ?.closest('.app-chart')
      ?.querySelector<SVGSVGElement>('.app-chart__panel:not([hidden]) svg[aria-labelledby]') ??
    null;

  const exportSvg = () => {
    const svg = chartSvg();
    if (!svg) {
      setStatus('Show the chart, not the table, to download it as an image.');
      return null;
    }
    return toStandaloneSvg(svg, {
      title,
      source: toSourceLine(source, version, meta.data?.checked ?? null, window.location.href),
    });
  };

  /** The file's name: the chart, its as-at date (or the data version), the preset. */
  const nameFor = (asAt: string | null, extension: string, preset?: string) =>
    toExportFileName({ chart, asAt, version, preset, extension });

  /** Runs a download, saying what it is doing and, if it fails, why, in the status line. */
  const run = async (making: string, task: () => Promise<string | null>, fallback: string) => {
    if (making) setStatus(making);
    try {
      const done = await task();
      if (done) setStatus(done);
    } catch (error) {
      setStatus(error instanceof Error && error.message ? error.message : fallback);
    }
  };

  const downloadSvg = () =>
    run(
      '',
      async () => {
        const file = exportSvg();
        if (!file) return null;
        const { asAt } = await loadExportContext(chart, queryClient);
        downloadText(nameFor(asAt, 'svg'), file.markup, 'image/svg+xml;charset=utf-8');
        return 'SVG downloaded.';
      },
      'The SVG could not be made.',
    );

  /** The words under a preset image or on a slide: source, as-at date and data version, address. */
  const wordsFor = (context: ExportContext) => ({
    source: source === SERVICE_NAME ? context.spec.source : source,
    asAt: context.asAt ? formatPartialDate(context.asAt) : null,
    version,
    checked: meta.data?.checked ? formatPartialDate(meta.data.checked) : null,
    address: window.location.href,
  });

  const downloadPng = () =>
    run(
      'Making the PNG…',
      async () => {
        if (!isPresetName(size)) {
          const file = exportSvg();
          if (!file) return null;
          const [{ asAt }, png] = await Promise.all([
            loadExportContext(chart, queryClient),
            svgToPng(file),
          ]);
          downloadBlob(nameFor(asAt, 'png'), png);
          return 'PNG downloaded.';
        }
        const preset = PRESETS[size];
        const [context, { makePresetImage, EXPORT_BACKGROUND }] = await Promise.all([
          loadExportContext(chart, queryClient),
          loadExports(),
        ]);
        const image = await makePresetImage(
          context.spec,
          context.data,
          context.query,
          size,
          wordsFor(context),
        );
        const png = await svgToPng(
          {
            markup: image.markup,
            width: image.frame.width,
            height: image.frame.height,
            background: EXPORT_BACKGROUND,
          },
          preset.scale,
          preset.dpi,
          image.fit,
        );
        downloadBlob(nameFor(context.asAt, 'png', image.frame.fileLabel), png);
        return `PNG downloaded: ${image.frame.pixelWidth} × ${image.frame.pixelHeight} pixels (${preset.label}, ${image.frame.orientation}).`;
      },
      'The PNG could not be made. Try the SVG download instead.',
    );

  const downloadSlide = () =>
    run(
      'Making the slide…',
      async () => {
        const [context, { drawChartForExport, makeSlidePptx, PICTURE_BOX_PIXELS }] =
          await Promise.all([loadExportContext(chart, queryClient), loadExports()]);
        const drawn = await drawChartForExport(
          context.spec,
          context.data,
          context.query,
          'slide',
          PICTURE_BOX_PIXELS.width,
        );
        const words = wordsFor(context);
        const blob = await makeSlidePptx({
          title: drawn.text.title,
          footer: [`Source: ${words.source}.`, toDatingLine(words), words.address].filter(Boolean),
          svg: {
            markup: `<?xml version="1.0" encoding="UTF-8"?>\n${drawn.markup}\n`,
            width: drawn.width,
            height: drawn.height,
          },
          description: drawn.text.description,
          summary: drawn.text.summary,
        });
        downloadBlob(nameFor(context.asAt, 'pptx'), blob);
        return 'Slide downloaded.';
      },
      'The slide could not be made.',
    );

  const downloadCsv = () =>
    run('', async () => writeCsv((await loadExportContext(chart, queryClient)).asAt), '');

  const writeCsv = (chartAsAt: string | null) => {
    const table = typeof data === 'function' ? data() : data;
    const csv = toCsvTable(table);
    const file = nameFor(chartAsAt, 'csv');
    const fallback = meta.data?.defaultAsAt ?? null;
    const metadata: CsvMetadata = {
      title,
      description: table.caption,
      asAt:
        fallback === null
          ? null
          : resolveAsAt(new URLSearchParams(window.location.search).get(AS_AT_PARAM), fallback),
      dataVersion: version,
      dataChecked: meta.data?.checked ?? null,
      licence: meta.data?.licence ?? null,
      source,
      url: window.location.href,
      csv: {
        file,
        encoding: 'utf-8 with byte-order mark',
        columns: csv.header,
        rows: csv.rows.length,
      },
    };
    downloadText(file, toCsv(csv.header, csv.rows), 'text/csv;charset=utf-8');
    downloadText(
      nameFor(chartAsAt, 'metadata.json'),
      `${JSON.stringify(metadata, null, 2)}\n`,
      'application/json',
    );
    return `CSV downloaded: ${table.rows.length} ${table.rows.length === 1 ? 'row' : 'rows'}, with its metadata file.`;
  };

  // Several charts share a page: each button names its chart for screen readers. Browsers put a
  // space before the hidden text, so it reads as words, not as punctuation.
  const named = (label: string, link = 'of this chart') => (
    <>
      {label}
      <span className="govuk-visually-hidden">
        {link}: {title}
      </span>
    </>
  );

  return (
    <div className="app-chart-actions" ref={root}>
      <button
        type="button"
        className="govuk-button govuk-button--secondary app-chart-actions__button"
        onClick={openEmbed}
        aria-haspopup="dialog"
      >
        {named('Embed', 'this chart')}
      </button>
      {image ? (
        <>
          <button
            type="button"
            className="govuk-button govuk-button--secondary app-chart-actions__button"
            onClick={() => void downloadSvg()}
          >
            {named('Download SVG')}
          </button>
          <span className="app-chart-actions__size">
            <label className="govuk-label govuk-body-s" htmlFor={sizeId}>
              PNG size
              <span className="govuk-visually-hidden"> of this chart: {title}</span>
            </label>
            <select
              className="govuk-select app-chart-actions__select"
              id={sizeId}
              value={size}
              onChange={(event) => setSize(event.target.value)}
            >
              <option value={PAGE_SIZE}>As on the page</option>
              {PRESET_NAMES.map((name) => (
                <option key={name} value={name}>
                  {PRESETS[name].label}
                </option>
              ))}
            </select>
          </span>
          <button
            type="button"
            className="govuk-button govuk-button--secondary app-chart-actions__button"
            onClick={() => void downloadPng()}
          >
            {named('Download PNG')}
          </button>
          <button
            type="button"
            className="govuk-button govuk-button--secondary app-chart-actions__button"
            onClick={() => void downloadSlide()}
          >
            {named('Download slide (.pptx)')}
          </button>
        </>
      ) : null}
      <button
        type="button"
        className="govuk-button govuk-button--secondary app-chart-actions__button"
        onClick={() => void downloadCsv()}
      >
        {named('Download CSV')}
      </button>
      <p className="govuk-body-s app-chart-actions__status" role="status">
        {status}
      </p>
      <EmbedDialog
        dialogRef={dialog}
        chart={chart}
        title={title}
        version={version}
        context={context}
        onClose={() => setStatus('')}
      />
    </div>
  );
}
