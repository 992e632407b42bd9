import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChartFrame } from '../charts/shared/ChartFrame';
import type { ChartTable } from '../charts/chart-data/chartTable';
import { renderScreen } from '../../tests/setup/render';
import { ChartActions } from './ChartActions';
import { serveFixtureData } from '../../tests/msw/node';

serveFixtureData();

const TABLE: ChartTable = {
  caption: 'Grades',
  header: ['Grade', 'Authorities', 'Northamptonshire'],
  rows: [
    ['Good', 61, ''],
    ['Inadequate', 12, 'Northamptonshire County Council (not counted)'],
    ['Grade unknown, "as read"', 3, null],
  ],
};

function Harness() {
  return (
    <ChartFrame
      title="Grades in force on 30 November 2018"
      description="How many authorities held each grade."
      summary="61 good."
      actions={
        <ChartActions
          chart="grade-distribution"
          title="Grades in force on 30 November 2018"
          data={TABLE}
          source="Ofsted"
        />
      }
      chart={({ titleId, descriptionId }) => (
        <svg
          className="app-svg"
          role="group"
          aria-labelledby={titleId}
          aria-describedby={descriptionId}
          width={320}
          height={120}
        >
          <rect x={0} y={0} width={100} height={24} fill="#12436d" />
          <text x={4} y={40}>
            Good: 61 authorities
          </text>
        </svg>
      )}
      table={<p>table</p>}
    />
  );
}

/** Captures what would be downloaded: each blob given to createObjectURL, with the file name clicked. */
function captureDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  let last: Blob | null = null;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    last = blob as Blob;
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (last) files.push({ name: this.download, blob: last });
  });
  return files;
}

beforeEach(() => {
  window.history.replaceState(null, '', '/england?asAt=2018-11-30&judgement=overall');
});
afterEach(() => vi.restoreAllMocks());

describe('ChartActions', () => {
  it('downloads a CSV whose rows are the chart data, quoted where needed', async () => {
    const files = captureDownloads();
    const user = userEvent.setup();
    renderScreen(<Harness />, { url: '/england?asAt=2018-11-30' });
    await screen.findByRole('checkbox', { name: /Pin to data version 1\.1\.0/, hidden: true });
    await user.click(screen.getByRole('button', { name: /Download CSV/ }));
    // Named by the chart's as-at date (the grade distribution has one).
    await waitFor(() =>
      expect(files.map((f) => f.name)).toEqual([
        'northamptonshire-grade-distribution-as-at-2018-11-30.csv',
        'northamptonshire-grade-distribution-as-at-2018-11-30.metadata.json',
      ]),
    );
    const bytes = new Uint8Array(await files[0]!.blob.arrayBuffer());
    // The UTF-8 byte-order mark: what UK Excel needs to read the file as UTF-8.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(new TextDecoder().decode(bytes), { bom: true }) as string[][];
    expect(rows).toEqual([
      ['Grade', 'Authorities', 'Northamptonshire'],
      ['Good', '61', ''],
      ['Inadequate', '12', 'Northamptonshire County Council (not counted)'],
      ['Grade unknown, "as read"', '3', ''],
    ]);
    const metadata = JSON.parse(await files[1]!.blob.text()) as Record<string, unknown>;
    expect(metadata).toMatchObject({
      title: 'Grades in force on 30 November 2018',
      description: 'Grades',
      asAt: '2018-11-30',
      dataVersion: '1.1.0',
      source: 'Ofsted',
      csv: {
        file: 'northamptonshire-grade-distribution-as-at-2018-11-30.csv',
        columns: ['Grade', 'Authorities', 'Northamptonshire'],
        rows: 3,
      },
    });
    expect(metadata.licence).toMatch(/Open Government Licence v3\.0/);
    expect(metadata.dataChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(screen.getByRole('status', { name: '' })).toBeInTheDocument();
    expect(screen.getByText('CSV downloaded: 3 rows, with its metadata file.')).toBeInTheDocument();
  });

  it('puts ISO 8601 dates in a column of their own beside the dates in words', async () => {
    const files = captureDownloads();
    const user = userEvent.setup();
    const table: ChartTable = {
      caption: 'Visits',
      header: ['Visit', 'When'],
      rows: [
        ['Monitoring', '1 to 12 October 2018'],
        ['Focused', 'May 2019'],
        ['Unknown', 'date not known'],
      ],
      isoDates: [
        { after: 1, header: 'When (ISO 8601)', values: ['2018-10-01/2018-10-12', '2019-05', null] },
      ],
    };
    renderScreen(<ChartActions chart="rating-ladder" title="Visits" data={table} />);
    await screen.findByRole('checkbox', { name: /Pin to data version 1\.1\.0/, hidden: true });
    await user.click(screen.getByRole('button', { name: /Download CSV/ }));
    // The ladder marks an as-at date (by default the data's latest, 7 July 2026): its files are
    // named by it.
    await waitFor(() =>
      expect(files[0]?.name).toBe('northamptonshire-rating-ladder-as-at-2026-07-07.csv'),
    );
    expect(parse(await files[0]!.blob.text(), { bom: true })).toEqual([
      ['Visit', 'When', 'When (ISO 8601)'],
      ['Monitoring', '1 to 12 October 2018', '2018-10-01/2018-10-12'],
      ['Focused', 'May 2019', '2019-05'],
      ['Unknown', 'date not known', ''],
    ]);
  });

  it('downloads an SVG that parses and carries the title, the chart text and the data version', async () => {
    const files = captureDownloads();
    const user = userEvent.setup();
    renderScreen(<Harness />, { url: '/england?asAt=2018-11-30' });
    await screen.findByRole('checkbox', { name: /Pin to data version 1\.1\.0/, hidden: true });
    await user.click(screen.getByRole('button', { name: /Download SVG/ }));
    await waitFor(() =>
      expect(files[0]?.name).toBe('northamptonshire-grade-distribution-as-at-2018-11-30.svg'),
    );
    const doc = new DOMParser().parseFromString(await files[0]!.blob.text(), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    expect(texts).toContain('Grades in force on 30 November 2018');
    expect(texts).toContain('Good: 61 authorities');
    expect(texts).toMatch(/Source: Ofsted\. Data version 1\.1\.0, checked \d{1,2} \w+ \d{4}\./);
  });

  it('says to show the chart when the table is shown instead of exporting nothing', async () => {
    const files = captureDownloads();
    const user = userEvent.setup();
    renderScreen(<Harness />);
    await user.click(screen.getByRole('tab', { name: 'Table' }));
    await user.click(screen.getByRole('button', { name: /Download PNG/ }));
    expect(files).toHaveLength(0);
    expect(
      screen.getByText('Show the chart, not the table, to download it as an image.'),
    ).toBeInTheDocument();
  });

  it('offers the PNG sizes in a labelled select, and the slide download, for each chart', async () => {
    const user = userEvent.setup();
    renderScreen(<Harness />);
    // jsdom joins the visible and hidden parts of a name without the space browsers put between.
    const select = screen.getByRole('combobox', {
      name: /^PNG size ?of this chart: Grades in force on 30 November 2018$/,
    });
    expect([...(select as HTMLSelectElement).options].map((o) => o.text)).toEqual([
      'As on the page',
      'Slide, 1920 × 1080',
      'Social, 1200 × 675',
      'A4, 300 dpi',
    ]);
    await user.selectOptions(select, 'Slide, 1920 × 1080');
    expect(select).toHaveValue('slide');
    expect(
      screen.getByRole('button', {
        name: /^Download slide \(\.pptx\) ?of this chart: Grades in force on 30 November 2018$/,
      }),
    ).toBeInTheDocument();
  });

  it('gives an iframe code for this view, and pins it to the data version when asked', async () => {
    const user = userEvent.setup();
    renderScreen(<Harness />, { url: '/england?asAt=2018-11-30&judgement=overall' });
    await user.click(screen.getByRole('button', { name: /Embed/ }));
    const dialog = screen.getByRole('dialog', { name: 'Embed this chart' });
    const code = within(dialog).getByLabelText('Embed code') as HTMLTextAreaElement;
    const origin = window.location.origin;
    expect(code.value).toBe(
      `<iframe src="${origin}/embed/grade-distribution/?asAt=2018-11-30&amp;judgement=overall" title="Grades in force on 30 November 2018" style="width:100%;height:620px;border:0" loading="lazy" data-northants-csc-embed></iframe>`,
    );
    const pin = await within(dialog).findByRole('checkbox', {
      name: /Pin to data version 1\.1\.0/,
    });
    await waitFor(() => expect(pin).toBeEnabled());
    await user.click(pin);
    expect(code.value).toContain('judgement=overall&amp;v=1.1.0"');
    await user.selectOptions(within(dialog).getByLabelText('Colours'), 'dark');
    expect(code.value).toContain('v=1.1.0&amp;theme=dark"');
    // A slide: the slide layout, in a frame that keeps a 16:9 shape rather than a fixed height.
    await user.selectOptions(within(dialog).getByLabelText('Layout'), 'Slide (16:9)');
    expect(code.value).toContain('theme=dark&amp;layout=slide"');
    expect(code.value).toContain('style="width:100%;aspect-ratio:16/9;border:0"');
    await user.selectOptions(within(dialog).getByLabelText('Layout'), 'default');
    expect(code.value).not.toContain('layout=');
    expect(code.value).toContain('height:620px');
    expect((within(dialog).getByLabelText('Resize script') as HTMLTextAreaElement).value).toBe(
      `<script src="${origin}/embed-resize.js" defer></script>`,
    );
  });
});
