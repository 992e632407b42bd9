/**
 * Server rendering for the pre-renderer (scripts/prerender.mjs): a route, with the data it needs
 * already validated, to HTML and the query state the client hydrates from.
 */
import { dehydrate } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { prerenderToNodeStream } from 'react-dom/static';
import { isDataLoadError, type DataFileName } from '../data/load';
import { parseDataFile as parse } from '../data/parse';
import { dataQueryKey, makeQueryClient } from '../data/queries';
import { App } from './App';
import { ROUTES, pageTitle } from './routes';

export { ROUTES, pageTitle };

async function streamToString(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

/** Render one route. `files` holds the raw JSON of each data file the route needs. */
export async function renderRoute(
  path: string,
  files: Partial<Record<DataFileName, unknown>>,
): Promise<{ html: string; state: string; warnings: string[] }> {
  const client = makeQueryClient();
  const warnings: string[] = [];
  for (const [file, json] of Object.entries(files) as [DataFileName, unknown][]) {
    // The same validation as in the browser. A bad file is left out of the page, which then
    // loads it in the browser and shows what is wrong with it; the rest of the page renders.
    try {
      client.setQueryData(dataQueryKey(file), parse(file, json));
    } catch (error) {
      if (!isDataLoadError(error)) throw error;
      warnings.push(error.message);
    }
  }
  const app = (
    <StrictMode>
      <App client={client} ssrPath={path} />
    </StrictMode>
  );
  // The first pass waits for the lazily loaded views; the second renders them synchronously.
  // Rendering once is not enough: a boundary that suspended is streamed with an inline script
  // to swap it in, which the Content-Security-Policy (script-src 'self') rightly blocks.
  await streamToString((await prerenderToNodeStream(app)).prelude);
  const html = renderToString(app);
  if (html.includes('<script')) throw new Error(`${path}: pre-rendered HTML contains a script`);
  // `<` is escaped so that no string in the data can close the script element.
  const state = JSON.stringify(dehydrate(client)).replace(/</g, '\\u003c');
  return { html, state, warnings };
}
