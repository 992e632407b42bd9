/**
 * Query options for each data file, and the retry policy: no retry for a 4xx or a file that is
 * malformed or of the wrong shape (trying again cannot fix it); up to three retries with
 * backoff for network errors, timeouts and 5xx. After that, a file is asked for again only when
 * the reader presses "Try again", not each time another part of the page that reads it mounts.
 */
import { QueryClient, queryOptions, useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { isDataLoadError, loadDataFile, type DataFileContent, type DataFileName } from './load';

export const MAX_RETRIES = 3;

export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!isDataLoadError(error) || !error.isTransient) return false;
  return failureCount < MAX_RETRIES;
}

/** 1 s, 2 s, 4 s … capped at 8 s. */
export const retryDelay = (attempt: number): number => Math.min(1000 * 2 ** attempt, 8000);

export function makeQueryClient(overrides: { retryDelay?: number } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay: overrides.retryDelay ?? retryDelay,
        // The dataset changes only with a deploy, and the pre-rendered page carries the deployed
        // files: they never go stale in a page's life. (Five minutes made every visit more than
        // five minutes after the build fetch and validate all the files again just after
        // hydrating, and draw the page twice: 120 ms of main thread on a fast machine.)
        staleTime: Number.POSITIVE_INFINITY,
        refetchOnWindowFocus: false,
        // A file that failed is not asked for again because another view or control that reads
        // it mounts: that would be a retry beyond the policy (a malformed file was fetched again
        // by every view that needed it). "Try again" asks (refetch).
        retryOnMount: false,
      },
    },
  });
}

export const dataQueryKey = (file: DataFileName, version?: string) =>
  ['data', file, version ?? 'latest'] as const;

/**
 * The governance file's change dates, worked out by the build for a pre-rendered page and carried in
 * its state (src/app/prerender.tsx), so the browser need not work them out again while the page
 * hydrates (src/app/main.tsx). Nothing fetches it: it is only ever in the cache from the state.
 */
export const changeDatesQueryKey = ['derived', 'governance.json', 'change-dates'] as const;

/** The query options of one data file, at a pinned version or the latest. */
export const dataQuery = <F extends DataFileName>(file: F, version?: string) =>
  queryOptions({
    queryKey: dataQueryKey(file, version),
    // TanStack's abort signal is not passed on: a file a view asked for is fetched to the end even
    // if the view goes first (one file failing replaces a view with its error, which unmounted the
    // others' readers and cut their downloads short), so the next view to need it finds it cached.
    // A file that never arrives is still cut off by loadDataFile's own timeout.
    queryFn: () => loadDataFile(file, { version }),
  });

export const metaQuery = (version?: string) => dataQuery('meta.json', version);
export const sourcesQuery = (version?: string) => dataQuery('sources.json', version);
export const inspectionsQuery = (version?: string) => dataQuery('inspections.json', version);
export const milestonesQuery = (version?: string) => dataQuery('milestones.json', version);
export const governanceQuery = (version?: string) => dataQuery('governance.json', version);
export const nationalQuery = (version?: string) => dataQuery('national.json', version);
/** The England context figures (no view draws them yet). */
export const englandQuery = (version?: string) => dataQuery('england.json', version);

export const useMeta = () => useQuery(metaQuery());
export const useSources = () => useQuery(sourcesQuery());
export const useInspections = () => useQuery(inspectionsQuery());
export const useMilestones = () => useQuery(milestonesQuery());
export const useGovernance = () => useQuery(governanceQuery());
export const useNational = () => useQuery(nationalQuery());
export const useEngland = () => useQuery(englandQuery());

/** Several data files at once: all of them once every one has arrived, else the first that failed. */
export interface DataFilesState<F extends DataFileName> {
  data: { [K in F]: DataFileContent<K> } | undefined;
  /** The first file that failed and has no data, for its error and "Try again". */
  failed: UseQueryResult<unknown> | undefined;
}

/** The data files a chart spec names, loaded together (a chart draws only once it has them all). */
export function useDataFiles<F extends DataFileName>(files: readonly F[], version?: string): DataFilesState<F> {
  return useQueries({
    queries: files.map((file) => dataQuery(file, version)),
    // TanStack shares the combined result structurally, so it is the same object for as long as
    // the files are: charts memoised on it are not rebuilt on each render.
    combine: (results) => ({
      data: results.every((r) => r.data !== undefined)
        ? (Object.fromEntries(files.map((f, i) => [f, results[i]!.data])) as DataFilesState<F>['data'])
        : undefined,
      failed: results.find((r) => r.isError && r.data === undefined),
    }),
  });
}
