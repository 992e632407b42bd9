// Helpers for the real-browser tests: one Chromium per test file, a fresh context per page, and a
// record of everything that went wrong on the page (console errors, uncaught errors, failed
// requests, Content-Security-Policy violations) for expectClean to assert on.
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { launchBrowser } from '../../scripts/find-chromium.mjs';
import { recordReliability } from '../reliability/record';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const DESKTOP = { width: 1280, height: 800 } as const;

/** The production server's origin (no trailing slash). */
export const baseUrl = (): string => inject('baseUrl');

export interface OpenPageOptions {
  /** false loads the pre-rendered HTML only. Default true. */
  javaScript?: boolean;
  colorScheme?: 'light' | 'dark' | 'no-preference';
  /** Default 'reduce'; 'no-preference' for a test of what a reader whose system allows motion gets. */
  reducedMotion?: 'reduce' | 'no-preference';
  /** Default 1280 × 800. */
  viewport?: { width: number; height: number };
  /** URLs (substring or pattern) whose 4xx/5xx or network failure the test expects. */
  expectFailedRequests?: readonly (string | RegExp)[];
  /** Runs on the new page before it navigates (routes, request listeners). */
  beforeGoto?: (page: Page) => Promise<void>;
}

export interface CspViolation {
  directive: string;
  blockedURI: string;
  sourceFile: string;
  lineNumber: number;
  sample: string;
}

interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
}

declare global {
  interface Window {
    __cspViolations?: CspViolation[];
  }
}

let browser: Browser | undefined;
const openContexts = new Set<BrowserContext>();
const problems = new WeakMap<Page, PageProblems>();

/**
 * Call once at the top of a test file: launches Chromium before its tests, closes each test's
 * contexts after the test and the browser after the file.
 */
export function setupBrowser(): void {
  beforeAll(async () => {
    browser = await launchBrowser({ executablePath: inject('chromiumPath') });
  });
  afterEach(async () => {
    await Promise.all([...openContexts].map((context) => context.close()));
    openContexts.clear();
  });
  afterAll(async () => {
    await browser?.close();
    browser = undefined;
  });
}

/** Injected by the driver before any page script, so the page's CSP does not apply to it. */
function recordCspViolations() {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations?.push({
      directive: event.effectiveDirective || event.violatedDirective,
      blockedURI: event.blockedURI,
      sourceFile: event.sourceFile,
      lineNumber: event.lineNumber,
      sample: event.sample,
    });
  });
}

const matches = (url: string, patterns: readonly (string | RegExp)[]) =>
  patterns.some((pattern) =>
    typeof pattern === 'string' ? url.includes(pattern) : pattern.test(url),
  );

/** Opens `path` (e.g. "/timeline") in a fresh context and waits until the network is idle. */
export async function openPage(path: string, options: OpenPageOptions = {}): Promise<Page> {
  if (!browser) throw new Error('No browser: call setupBrowser() at the top of the test file.');
  const {
    javaScript = true,
    colorScheme = 'light',
    viewport = DESKTOP,
    reducedMotion = 'reduce',
  } = options;
  const expected = options.expectFailedRequests ?? [];

  const context = await browser.newContext({
    baseURL: baseUrl(),
    javaScriptEnabled: javaScript,
    colorScheme,
    viewport,
    reducedMotion,
  });
  openContexts.add(context);
  const page = await context.newPage();
  const record: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [] };
  problems.set(page, record);

  await page.addInitScript(recordCspViolations);
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url } = message.location();
    // Chromium also logs each failed request as a console error. The page's own requests are judged
    // by the response/requestfailed listeners below (with their status); the only other one is
    // the browser's own, unrequested /favicon.ico probe, which is not the page's doing.
    if (message.text().startsWith('Failed to load resource')) return;
    record.consoleErrors.push(`${message.text()}${url ? ` (${url})` : ''}`);
  });
  page.on('pageerror', (error) =>
    record.pageErrors.push(
      error.stack || error.message || `${error.name || 'Error'} with no message`,
    ),
  );
  page.on('response', (response) => {
    if (response.status() >= 400 && !matches(response.url(), expected)) {
      record.failedRequests.push(
        `${response.status()} ${response.request().method()} ${response.url()}`,
      );
    }
  });
  page.on('requestfailed', (request) => {
    // With JavaScript off, Chromium refuses script fetches such as <link rel="modulepreload">
    // (reported as blocked); that is the point of the mode, not a fault of the page.
    if (!javaScript && request.resourceType() === 'script') return;
    if (!matches(request.url(), expected)) {
      record.failedRequests.push(
        `${request.failure()?.errorText ?? 'failed'} ${request.method()} ${request.url()}`,
      );
    }
  });

  await options.beforeGoto?.(page);
  await page.goto(path, { waitUntil: 'networkidle' });
  return page;
}

/** The page's path and query, for the reliability record ("/data?kind=inspection"). */
export function pathOf(page: Page): string {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
}

/** The CSP violations the page has reported so far (none can be recorded with JavaScript off). */
export async function cspViolations(page: Page): Promise<CspViolation[]> {
  return page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
}

/** Asserts the page logged no console errors, threw nothing, had no failed requests and no CSP violations. */
export async function expectClean(page: Page): Promise<void> {
  const record = problems.get(page);
  if (!record) throw new Error('expectClean: this page was not opened with openPage().');
  const violations = (await cspViolations(page)).map((v) =>
    `${v.directive} blocked ${v.blockedURI || '(inline)'} at ${v.sourceFile}:${v.lineNumber} ${v.sample}`.trim(),
  );
  recordReliability('csp', { url: pathOf(page), violations: violations.length });
  const report = {
    consoleErrors: record.consoleErrors,
    pageErrors: record.pageErrors,
    failedRequests: record.failedRequests,
    cspViolations: violations,
  };
  expect.soft(report, `problems on ${page.url()}`).toEqual({
    consoleErrors: [],
    pageErrors: [],
    failedRequests: [],
    cspViolations: [],
  });
}

export interface AxeOptions {
  /** The state checked ("loading", "table shown", …), for the reliability report; without it the report reads the state from the label. */
  state?: string;
  /** CSS selectors axe skips: only for long repeats already checked whole elsewhere (axe takes seconds over hundreds of rows). */
  exclude?: readonly string[];
  /** axe rule ids that do not apply to this state (say why where you pass them). */
  disableRules?: readonly string[];
}

/** Runs axe (WCAG 2.2 AA rule set) on the page and fails listing every violation. */
export async function expectNoAxeViolations(
  page: Page,
  label: string,
  { state, exclude = [], disableRules = [] }: AxeOptions = {},
): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (disableRules.length > 0) builder = builder.disableRules([...disableRules]);
  for (const selector of exclude) builder = builder.exclude(selector);
  const results = await builder.analyze();
  recordReliability('axe', {
    label,
    state,
    url: pathOf(page),
    excluded: exclude.length > 0 ? exclude : undefined,
    disabledRules: disableRules.length > 0 ? disableRules : undefined,
    rulesPassed: results.passes.length,
    violations: results.violations.length,
  });
  if (results.violations.length === 0) return;
  const lines = results.violations.flatMap((violation) => [
    `- ${violation.id} [${violation.impact ?? 'unknown impact'}]: ${violation.help} (${violation.helpUrl})`,
    ...violation.nodes.map(
      (node) =>
        `    at ${node.target.map((target) => (Array.isArray(target) ? target.join(' >>> ') : String(target))).join(', ')}`,
    ),
  ]);
  expect.fail(
    `${label}: ${results.violations.length} axe violation(s) on ${page.url()}\n${lines.join('\n')}`,
  );
}
