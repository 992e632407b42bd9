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
export { checkAsAt } from '../domain/asAt';

/**
 * Render one route. `files` holds the raw JSON of each data file the route needs; `search` (no
 * `?`) is the query string to render it for, e.g. `asAt=2019-08-01` (server/as-at-pages.mjs).
 */
export function renderRoute(
  path: string,
  files: Partial<Record<DataFileName, unknown>>,
  search = '',
): Promise<StaticPage> {
  return renderStatic(
    path,
    files,
    (client) => (
      <StrictMode>
        <App client={client} ssrPath={path} ssrSearch={search} />
      </StrictMode>
    ),
    { withChangeDates: true },
  );
}
