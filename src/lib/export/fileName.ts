/**
 * The one name every download takes, so a folder of them sorts by chart and then by date, and a
 * file says what it shows without being opened:
 *
 *   northamptonshire-<chart>-as-at-<as-at date>[-<preset>].<extension>
 *   northamptonshire-<chart>-data-v<data version>[-<preset>].<extension>   (no as-at date)
 *   northamptonshire-<chart>[-<preset>].<extension>                     (neither known yet)
 *
 * The as-at date keeps its own precision ("2019", "2019-08", "2019-08-01"); a chart without one
 * is named by the data version it was drawn from instead.
 */

export interface ExportFileName {
  /** The chart's embed name, e.g. "timeline". */
  chart: string;
  /** The chart's as-at date (ISO 8601 at its own precision), where it has one. */
  asAt?: string | null;
  /** The data version (data/meta.json), used when there is no as-at date. */
  version?: string | null;
  /** A size preset ("slide", "social", "a4-portrait"); absent for files drawn as on the page. */
  preset?: string | null;
  /** Without the dot: "svg", "png", "csv", "metadata.json", "pptx". */
  extension: string;
}

/** Lower case, and anything but letters, digits, dots and hyphens made a single hyphen. */
const toPart = (value: string) =>
  value
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function toExportFileName({
  chart,
  asAt,
  version,
  preset,
  extension,
}: ExportFileName): string {
  const parts = ['northamptonshire', toPart(chart)];
  if (asAt && ISO_DATE.test(asAt)) parts.push('as-at', asAt);
  else if (version && toPart(version)) parts.push('data', `v${toPart(version).replace(/^v/, '')}`);
  if (preset && toPart(preset)) parts.push(toPart(preset));
  return `${parts.join('-')}.${extension.replace(/^\.+/, '')}`;
}
