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
if (root.firstElementChild)
  void preloadRoute(window.location.pathname)
    .catch(() => undefined)
    .then(() => startTransition(() => void hydrateRoot(root, app)));
else createRoot(root).render(app);
