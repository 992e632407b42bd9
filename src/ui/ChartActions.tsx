/**
 * "Embed" and "Download" for a chart, in its ChartFrame's actions: the embed code, a self-contained
 * SVG and a 2× PNG (each with the title and source line), and a CSV of the data the chart shows
 * with a metadata file beside it (as Our World in Data's `chart.metadata.json`).
 */
import { useRef, useState } from 'react';
import { useMeta } from '../data/queries';
import { formatPartialDate } from '../domain/dates';
import { toCsvTable, type ChartTable } from '../charts/chart-data/chartTable';
import { AS_AT_PARAM, resolveAsAt } from '../domain/asAt';
import { toCsv } from '../lib/csv';
import { downloadBlob, downloadText } from '../lib/download';
import type { EmbedChartName } from '../lib/embedCode';
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

const fileBase = (chart: EmbedChartName) => `northamptonshire-${chart}`;

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

  const downloadSvg = () => {
    const file = exportSvg();
    if (!file) return;
    downloadText(`${fileBase(chart)}.svg`, file.markup, 'image/svg+xml;charset=utf-8');
    setStatus('SVG downloaded.');
  };

  const downloadPng = async () => {
    const file = exportSvg();
    if (!file) return;
    setStatus('Making the PNG…');
    try {
      downloadBlob(`${fileBase(chart)}.png`, await svgToPng(file));
      setStatus('PNG downloaded.');
    } catch (error) {
      setStatus(
        error instanceof Error
          ? error.message
          : 'The PNG could not be made. Try the SVG download instead.',
      );
    }
  };

  const downloadCsv = () => {
    const table = typeof data === 'function' ? data() : data;
    const csv = toCsvTable(table);
    const file = `${fileBase(chart)}.csv`;
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
      `${fileBase(chart)}.metadata.json`,
      `${JSON.stringify(metadata, null, 2)}\n`,
      'application/json',
    );
    setStatus(
      `CSV downloaded: ${table.rows.length} ${table.rows.length === 1 ? 'row' : 'rows'}, with its metadata file.`,
    );
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
            onClick={downloadSvg}
          >
            {named('Download SVG')}
          </button>
          <button
            type="button"
            className="govuk-button govuk-button--secondary app-chart-actions__button"
            onClick={() => void downloadPng()}
          >
            {named('Download PNG')}
          </button>
        </>
      ) : null}
      <button
        type="button"
        className="govuk-button govuk-button--secondary app-chart-actions__button"
        onClick={downloadCsv}
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
