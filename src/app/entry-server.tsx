/**
 * Server rendering for the pre-renderer (scripts/prerender.mjs): a route, with the data it needs
 * already validated, to HTML and the query state the client hydrates from.
 */
import { StrictMode } from 'react';
import type { DataFileName } from '../data/load';
import { renderStatic, type StaticPage } from './prerender';
import { App } from './App';
import { ROUTES, pageTitle } from './routes';

export { ROUTES, pageTitle };

/** Render one route. `files` holds the raw JSON of each data file the route needs. */
export function renderRoute(path: string, files: Partial<Record<DataFileName, unknown>>): Promise<StaticPage> {
  return renderStatic(
    path,
    files,
    (client) => (
      <StrictMode>
        <App client={client} ssrPath={path} />
      </StrictMode>
    ),
    { withChangeDates: true },
  );
}
