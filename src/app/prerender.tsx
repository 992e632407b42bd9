/**
 * Pre-rendering, shared by the app's routes (src/app/entry-server.tsx) and the embeds
 * (src/embed/entry-server.tsx): a query client filled with the data files, already validated, a
 * page rendered to static HTML, and the query state the client hydrates from. It lives with the
 * app, not in src/data: it renders React and reads the governance change dates from the domain.
 */
import { dehydrate, type QueryClient } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { renderToPipeableStream, renderToString } from 'react-dom/server';
import { Writable } from 'node:stream';
import { isDataLoadError, type DataFileName } from '../data/load';
import { parseDataFile } from '../data/parse';
import { changeDatesQueryKey, dataQueryKey, makeQueryClient } from '../data/queries';
import type { GovernanceFile } from '../data/schemas';
import { getChangeDates } from '../domain/governance';

export interface StaticPage {
  html: string;
  /** The dehydrated query state, safe to place inside a script element. */
  state: string;
  /** Data files left out because they failed validation: the page loads and explains them in the browser. */
  warnings: string[];
}

/**
 * Pages (by `what`) whose lazily loaded views have loaded in this process. The first render of a
 * page waits for them (renderAll); later ones (the server renders a page per new `asAt`) render
 * once, and fall back to waiting if a view not loaded yet is reached.
 */
const warmed = new Set<string>();

/** Resolves once every lazily loaded module the element reaches has loaded and rendered. */
function renderAll(element: ReactElement): Promise<void> {
  return new Promise((resolve, reject) => {
    const { pipe } = renderToPipeableStream(element, {
      onAllReady() {
        pipe(
          new Writable({
            write: (_chunk, _encoding, done) => done(),
            final: (done) => (done(), resolve()),
          }),
        );
      },
      onShellError: reject,
      onError: reject,
    });
  });
}

/**
 * Validated files by their raw JSON. The production server renders a page per new `asAt` from the
 * same raw objects (server/as-at-pages.mjs loads each file once): validating them once keeps each
 * render to the page itself, and gives the charts the same objects every time, so what they keep
 * per data file (the journey's regime lanes, the change dates) is computed once, not per request.
 */
const validated = new WeakMap<object, unknown>();

function validate(file: DataFileName, json: unknown): unknown {
  if (typeof json !== 'object' || json === null) return parseDataFile(file, json);
  if (!validated.has(json)) validated.set(json, parseDataFile(file, json));
  return validated.get(json);
}

/**
 * Render `page(client)` to HTML. `files` holds the raw JSON of each data file the page needs;
 * `what` names the page in errors.
 */
export async function renderStatic(
  what: string,
  files: Partial<Record<DataFileName, unknown>>,
  page: (client: QueryClient) => ReactElement,
  { withChangeDates = false }: { withChangeDates?: boolean } = {},
): Promise<StaticPage> {
  const client = makeQueryClient();
  const warnings: string[] = [];
  for (const [file, json] of Object.entries(files) as [DataFileName, unknown][]) {
    // The same validation as in the browser. A bad file is left out of the page, which then
    // loads it in the browser and shows what is wrong with it; the rest of the page renders.
    try {
      client.setQueryData(dataQueryKey(file), validate(file, json));
    } catch (error) {
      if (!isDataLoadError(error)) throw error;
      warnings.push(error.message);
    }
  }
  // An app page's state also carries the governance change dates (src/data/queries.ts says why).
  const governance = client.getQueryData<GovernanceFile>(dataQueryKey('governance.json'));
  if (withChangeDates && governance)
    client.setQueryData(changeDatesQueryKey, getChangeDates(governance));
  const element = page(client);
  // The first pass waits for the lazily loaded views; the second renders them synchronously.
  // Rendering once is not enough: a boundary that suspended is streamed with an inline script
  // to swap it in, which the Content-Security-Policy (script-src 'self') rightly blocks.
  let html = warmed.has(what) ? renderToString(element) : null;
  // A boundary still waiting (a view this page reaches that has not loaded yet) shows as `<!--$!-->`.
  if (html === null || html.includes('<!--$!-->')) {
    await renderAll(element);
    html = renderToString(element);
    warmed.add(what);
  }
  if (html.includes('<script')) throw new Error(`${what}: pre-rendered HTML contains a script`);
  // `<` is escaped so that no string in the data can close the script element.
  const state = JSON.stringify(dehydrate(client)).replace(/</g, '\\u003c');
  return { html, state, warnings };
}
