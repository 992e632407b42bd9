import { hydrate, type DehydratedState } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { changeDatesQueryKey, governanceQuery, makeQueryClient } from '../data/queries';
import type { GovernanceFile } from '../data/schemas';
import { App, preloadRoute } from './App';

// Pre-rendered pages are served at /timeline and /timeline/; routes have no trailing slash.
if (window.location.pathname.length > 1 && window.location.pathname.endsWith('/')) {
  const { pathname, search, hash } = window.location;
  window.history.replaceState(null, '', `${pathname.replace(/\/+$/, '')}${search}${hash}`);
}

/** The next task: each step of starting runs in a task of its own, so that none blocks for long. */
const nextTask = () => new Promise<void>((resolve) => window.setTimeout(resolve, 0));

/**
 * Start the app on the page. `state` is the data the pre-rendered page was drawn from (boot.ts asks
 * for it beside this code), or null when there is none or it could not be had.
 *
 * The pre-rendered page is already readable, so it is hydrated as a transition, which React does
 * in small slices between frames (issue 8: TBT), and each step starts in a task of its own:
 * evaluating the modules, asking for the view's code (a preload link for each of its chunks took
 * 20 ms in the evaluation's task), then hydrating. The view's code is loaded first, so that
 * hydration never finds a part still loading (src/lib/lazy.ts); if that fails, hydration goes ahead
 * and the view's error boundary says so. Without its data the page cannot be hydrated (React would
 * find a loading state where the page has facts), so it is drawn afresh and fetches its files.
 */
export async function start(state: Promise<unknown>): Promise<void> {
  const client = makeQueryClient();
  const root = document.getElementById('root')!;
  // A page the server rendered for a shared link's date names the query it was rendered for.
  const ssrSearch =
    document.querySelector<HTMLMetaElement>('meta[name="app-search"]')?.content ?? '';
  const app = (
    <StrictMode>
      <App client={client} ssrSearch={ssrSearch} />
    </StrictMode>
  );
  if (!root.firstElementChild) {
    createRoot(root).render(app);
    return;
  }
  await nextTask();
  const [data] = await Promise.all([
    state,
    preloadRoute(window.location.pathname).catch(() => undefined),
  ]);
  if (!isDehydratedState(data)) {
    createRoot(root).render(app);
    return;
  }
  hydrate(client, data);
  await warmChangeDates(client);
  await nextTask();
  startTransition(() => void hydrateRoot(root, app));
}

/**
 * The days on which governance changed are read in render by the briefing, the governance view and
 * the presenter's steps, and worked out once per file (getChangeDates remembers them): about 10 ms
 * on a fast machine, too much for one step of hydration, which React cannot split. A pre-rendered
 * page's state carries them, as the build worked them out; failing that, they are worked out
 * first, in a task of their own.
 */
async function warmChangeDates(client: ReturnType<typeof makeQueryClient>): Promise<void> {
  const governance = client.getQueryData<GovernanceFile>(governanceQuery().queryKey);
  if (!governance) return;
  const { getChangeDates, rememberChangeDates } = await import('../domain/governance');
  // The build worked them out for this page, and its state carries them.
  if (rememberChangeDates(governance, client.getQueryData(changeDatesQueryKey))) return;
  await nextTask();
  getChangeDates(governance);
}

/** The shape TanStack Query's dehydrate() writes: enough to tell it from a missing or stray file. */
function isDehydratedState(value: unknown): value is DehydratedState {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as { queries?: unknown }).queries) &&
    Array.isArray((value as { mutations?: unknown }).mutations)
  );
}
