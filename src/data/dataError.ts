/**
 * The one error a loader throws. Kept apart from the schemas so that the app's entry chunk can
 * recognise a data error without loading zod (see parse.ts).
 */
import type { DataProblem } from './problems';

/** `no-version`: a pinned data version (an embed's `v=`) for which the server has no file. */
export type DataErrorKind = 'network' | 'timeout' | 'http' | 'malformed' | 'schema' | 'no-version';

/** A data file that could not be used, and why. */
export class DataLoadError extends Error {
  override readonly name = 'DataLoadError';
  constructor(
    readonly file: string,
    readonly kind: DataErrorKind,
    message: string,
    readonly problems: readonly DataProblem[] = [],
    readonly status?: number,
  ) {
    super(message);
  }

  /** Worth trying again: the network, a timeout or the server, never the file itself. */
  get isTransient(): boolean {
    return (
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      (this.kind === 'http' && this.status !== undefined && this.status >= 500)
    );
  }
}

export const isDataLoadError = (error: unknown): error is DataLoadError =>
  error instanceof DataLoadError;
