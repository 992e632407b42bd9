/**
 * CSV written with Papa Parse's `unparse` (RFC 4180: fields with commas, quotes or line breaks are
 * quoted; quotes are doubled; CRLF line ends), starting with a UTF-8 byte-order mark so UK Excel
 * and LibreOffice read "§" and "’" as they are rather than as "Â§" and "â€™".
 */
import Papa from 'papaparse';

export type CsvValue = string | number | boolean | null | undefined;

/** The UTF-8 byte-order mark, as the first character of the text. */
export const BOM = '\uFEFF';

/**
 * A text cell starting with =, +, - or @ (or a tab or return) would be run as a formula by
 * spreadsheet programs: Papa Parse prefixes it with ' and quotes it. (Its own pattern ends in
 * `.*$`, which misses a formula followed by a line break.) Numbers are never touched.
 */
const FORMULA = /^[=+\-@\t\r]/;

export interface CsvOptions {
  /** Start with the UTF-8 byte-order mark (default true): what Excel needs to read UTF-8. */
  bom?: boolean;
}

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
  { bom = true }: CsvOptions = {},
): string {
  const body = Papa.unparse([header, ...rows] as CsvValue[][], {
    newline: '\r\n',
    escapeFormulae: FORMULA,
  });
  return `${bom ? BOM : ''}${body}\r\n`;
}
