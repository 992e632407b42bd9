/** RFC 4180 CSV: fields with commas, quotes or line breaks are quoted; quotes are doubled. */
export type CsvValue = string | number | boolean | null | undefined;

const escapeField = (value: CsvValue): string => {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = value;
  // A leading =, +, - or @ would be run as a formula by spreadsheet programs.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => row.map(escapeField).join(',')).join('\r\n') + '\r\n';
}
