// Faults injected into one data file with Playwright's page.route, as a real server or network
// would produce them, and a switch to lift the fault so "Try again" can be tested.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Route } from 'playwright-core';
import type { DataFileName } from '../../src/data/files';

/** Any data file (src/data/files.ts lists them). */
export type DataFile = DataFileName;

export type FaultKind = 'network' | 'http-500' | 'malformed' | 'wrong-shape' | 'slow' | 'never';

/** What each fault is, in the words of the report. */
export const FAULT_LABELS: Record<FaultKind, string> = {
  network: 'network error (connection refused)',
  'http-500': 'HTTP 500',
  malformed: 'malformed JSON (file cut short)',
  'wrong-shape': 'valid JSON of the wrong shape (another file’s content)',
  slow: 'an 8-second response',
  never: 'a response that never comes',
};

export const readDataFile = (file: DataFile): string =>
  readFileSync(resolve(__dirname, '../../data', file), 'utf8');

/** Valid JSON that is another data file: a plausible mis-deploy, and wrong for every schema. */
const WRONG_SHAPE: Record<DataFile, DataFile> = {
  'meta.json': 'sources.json',
  'sources.json': 'meta.json',
  'inspections.json': 'milestones.json',
  'milestones.json': 'inspections.json',
  'governance.json': 'meta.json',
  'national.json': 'meta.json',
  'england.json': 'meta.json',
};

export interface InjectedFault {
  /** Requests for the file that reached the fault so far. */
  readonly requests: number;
  /** From now on the file is served normally (held responses are released too). */
  lift(): Promise<void>;
  /** Resolves when the fault has seen at least `n` requests; rejects after 10 s of real time. */
  waitForRequests(n: number): Promise<void>;
  /** Answer the requests being held (slow and never faults) with the real file. */
  release(): Promise<void>;
}

/** Break one data file on this page until lift() is called. */
export async function injectFault(
  page: Page,
  file: DataFile,
  kind: FaultKind,
): Promise<InjectedFault> {
  let active = true;
  let requests = 0;
  const held: Route[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  const wake = () => {
    for (const w of waiters.filter((w) => requests >= w.n)) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  };
  const serveReal = (route: Route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: readDataFile(file) });

  await page.route(`**/data/${file}`, async (route) => {
    if (!active) return serveReal(route);
    requests += 1;
    wake();
    switch (kind) {
      case 'network':
        return route.abort('connectionrefused');
      case 'http-500':
        return route.fulfill({
          status: 500,
          contentType: 'text/plain',
          body: 'Internal Server Error',
        });
      case 'malformed':
        return route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: readDataFile(file).slice(0, 200),
        });
      case 'wrong-shape':
        return route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: readDataFile(WRONG_SHAPE[file]),
        });
      case 'slow':
      case 'never':
        // Held until the test says: for "slow" after the page's clock has moved 8 s on.
        held.push(route);
        return;
    }
  });

  const release = async () => {
    const routes = held.splice(0);
    // A held request the page gave up on (timeout) can no longer be answered.
    await Promise.all(routes.map((route) => serveReal(route).catch(() => undefined)));
  };
  return {
    get requests() {
      return requests;
    },
    lift: async () => {
      active = false;
      await release();
    },
    release,
    waitForRequests: (n) =>
      new Promise<void>((resolvePromise, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`${file}: expected ${n} request(s) within 10 s, saw ${requests}`)),
          10_000,
        );
        waiters.push({ n, resolve: () => (clearTimeout(timer), resolvePromise()) });
        wake();
      }),
  };
}

/**
 * Moves the page's fake clock on in steps until `done` holds: retries wait 1, 2 and 4 s and each
 * attempt may wait 20 s for its timeout, and each new timer is set only after the last one fired.
 */
export async function fastForwardUntil(
  page: Page,
  done: () => Promise<boolean>,
  { stepMs = 5_000, maxSteps = 40 } = {},
): Promise<void> {
  for (let step = 0; step < maxSteps; step += 1) {
    if (await done()) return;
    await page.clock.fastForward(stepMs);
    // Let the page handle what fired (fetch rejections, re-renders) in real time.
    await page.waitForTimeout(50);
  }
  if (!(await done()))
    throw new Error(
      `fastForwardUntil: not done after ${(stepMs * maxSteps) / 1000} s of page time`,
    );
}

/**
 * Serve a valid but hostile version of one data file on this page: `modify` gets a fresh copy of
 * the real file and returns what to serve (huge lists, very long names). Call
 * `withoutPageState` too, or a pre-rendered page draws from its own copy and never asks.
 */
export async function serveModifiedDataFile(
  page: Page,
  file: DataFile,
  modify: (data: Record<string, unknown>) => unknown,
): Promise<void> {
  const body = JSON.stringify(modify(JSON.parse(readDataFile(file)) as Record<string, unknown>));
  await page.route(`**/data/${file}`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
}

/** Refuse the pre-rendered page's own data (/assets/state-….json), so the app fetches the data files. */
export const withoutPageState = async (page: Page): Promise<void> => {
  await page.route('**/state-*.json', (route) =>
    route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' }),
  );
};
