/** Print the briefing for a date to a one-page A4 landscape PDF; resolves to the file's path. */
export function printBriefing(options: {
  /** YYYY-MM-DD */
  asAt: string;
  since?: string;
  out?: string;
  /** The production build to serve (default dist/ or DIST_DIR). */
  dist?: string;
}): Promise<string>;
