import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Suspense, type ComponentType } from 'react';
import { Route, Router, Switch } from 'wouter';
import { Loading } from '../ui/DataState';
import { NotFound } from '../ui/NotFound';
import { ErrorBoundary } from '../lib/ErrorBoundary';
import { lazy, type PreloadableComponent } from '../lib/lazy';
import { Layout } from './Layout';
import { ROUTES } from './routes';

/**
 * Each view's module, by the name routes.json gives it. Each is its own chunk, loaded when first
 * visited (and awaited by the pre-renderer); the import() calls must be written out for the
 * bundler to split them, and a test holds these keys to the route table.
 */
export const VIEW_MODULES: Readonly<Record<string, () => Promise<Record<string, unknown>>>> = {
  'src/features/briefing/BriefingView': () => import('../features/briefing/BriefingView'),
  'src/features/timeline/TimelineView': () => import('../features/timeline/TimelineView'),
  'src/features/transitions/TransitionsView': () =>
    import('../features/transitions/TransitionsView'),
  'src/features/governance/GovernanceView': () => import('../features/governance/GovernanceView'),
  'src/features/england/EnglandView': () => import('../features/england/EnglandView'),
  'src/features/data-view/DataView': () => import('../features/data-view/DataView'),
  'src/features/sources/SourcesView': () => import('../features/sources/SourcesView'),
  'src/features/accessibility/AccessibilityStatement': () =>
    import('../features/accessibility/AccessibilityStatement'),
  'src/features/present/PresentView': () => import('../features/present/PresentView'),
};

const toLazyView = (view: string) =>
  lazy(() =>
    VIEW_MODULES[view]!().then((m) => ({
      default: m[view.slice(view.lastIndexOf('/') + 1)] as ComponentType,
    })),
  );

/** The lazily loaded view of each route: the client loads the view of a pre-rendered page before hydrating it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- views take no props or wouter's
export const ROUTE_VIEWS: Readonly<Record<string, PreloadableComponent<any>>> = Object.fromEntries(
  ROUTES.map((route) => [route.path, toLazyView(route.view)]),
);

/** Load the code the page at `pathname` renders; a path no view matches (not found) needs none. */
export const preloadRoute = (pathname: string): Promise<void> =>
  ROUTE_VIEWS[pathname]?.preload() ?? Promise.resolve();

export interface AppProps {
  client: QueryClient;
  /** Server rendering only: the path being rendered. */
  ssrPath?: string;
  /**
   * The query string (without `?`) the page's HTML was rendered for: the server renders a shared
   * link's `asAt` (server/as-at-pages.mjs), and hydration must first render what it rendered.
   * Empty for the pre-rendered default pages.
   */
  ssrSearch?: string;
}

export function App({ client, ssrPath, ssrSearch = '' }: AppProps) {
  return (
    <QueryClientProvider client={client}>
      {/* Hydration renders the state the HTML was rendered for first, then the URL's own. */}
      <Router ssrPath={ssrPath} ssrSearch={ssrSearch}>
        <Layout>
          <ErrorBoundary what="this page">
            <Suspense fallback={<Loading what="the page" />}>
              <Switch>
                {ROUTES.map((route) => (
                  <Route key={route.path} path={route.path} component={ROUTE_VIEWS[route.path]} />
                ))}
                <Route component={NotFound} />
              </Switch>
            </Suspense>
          </ErrorBoundary>
        </Layout>
      </Router>
    </QueryClientProvider>
  );
}
