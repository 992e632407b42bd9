import { hydrate } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { makeQueryClient } from '../data/queries';
import { App, preloadRoute } from './App';

// Pre-rendered pages are served at /timeline and /timeline/; routes have no trailing slash.
if (window.location.pathname.length > 1 && window.location.pathname.endsWith('/')) {
  const { pathname, search, hash } = window.location;
  window.history.replaceState(null, '', `${pathname.replace(/\/+$/, '')}${search}${hash}`);
}

const client = makeQueryClient();
const state = document.getElementById('app-state')?.textContent;
if (state) hydrate(client, JSON.parse(state));

const root = document.getElementById('root')!;
const app = (
  <StrictMode>
    <App client={client} />
  </StrictMode>
);
// The pre-rendered page is already readable: hydrate it as a transition, which React does in
// small slices between frames, so that the main thread never blocks for long (issue 8: TBT).
// Its view's code is loaded first, so that hydration never finds a part still loading (src/lib/lazy.ts);
// if that fails, hydration goes ahead and the view's error boundary says so.
// Each step starts in a task of its own (evaluating the modules, asking for the view's code, then
// hydrating), so that no one task holds the main thread for long: asking for a view's code adds a
// preload link for each of its chunks, which took 20 ms in the same task as the evaluation.
const nextTask = () => new Promise<void>((resolve) => window.setTimeout(resolve, 0));
if (root.firstElementChild)
  void nextTask()
    .then(() => preloadRoute(window.location.pathname))
    .catch(() => undefined)
    .then(nextTask)
    .then(() => startTransition(() => void hydrateRoot(root, app)));
else createRoot(root).render(app);
