import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import { Route, Router, Switch } from 'wouter';
import { Loading } from '../ui/DataState';
import { NotFound } from '../ui/NotFound';
import { ErrorBoundary } from '../lib/ErrorBoundary';
import { lazy, type PreloadableComponent } from '../lib/lazy';
import { Layout } from './Layout';

// Each view is its own chunk, loaded when first visited (and awaited by the pre-renderer).
const BriefingView = lazy(() => import('../features/briefing/BriefingView').then((m) => ({ default: m.BriefingView })));
const DataView = lazy(() => import('../features/data-view/DataView').then((m) => ({ default: m.DataView })));
const GovernanceView = lazy(() =>
  import('../features/governance/GovernanceView').then((m) => ({ default: m.GovernanceView })),
);
const TimelineView = lazy(() =>
  import('../features/timeline/TimelineView').then((m) => ({ default: m.TimelineView })),
);
const TransitionsView = lazy(() =>
  import('../features/transitions/TransitionsView').then((m) => ({ default: m.TransitionsView })),
);
const EnglandView = lazy(() => import('../features/england/EnglandView').then((m) => ({ default: m.EnglandView })));
const SourcesView = lazy(() => import('../features/sources/SourcesView').then((m) => ({ default: m.SourcesView })));
const PresentView = lazy(() => import('../features/present/PresentView').then((m) => ({ default: m.PresentView })));
const AccessibilityStatement = lazy(() =>
  import('../features/accessibility/AccessibilityStatement').then((m) => ({
    default: m.AccessibilityStatement,
  })),
);

/**
 * The lazily loaded view of each route, as in the <Switch> below (a test holds the two together):
 * the client loads the view of a pre-rendered page before hydrating it (src/app/main.tsx).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- views take no props or wouter's
export const ROUTE_VIEWS: Readonly<Record<string, PreloadableComponent<any>>> = {
  '/': BriefingView,
  '/timeline': TimelineView,
  '/transitions': TransitionsView,
  '/governance': GovernanceView,
  '/england': EnglandView,
  '/data': DataView,
  '/sources': SourcesView,
  '/accessibility': AccessibilityStatement,
  '/present': PresentView,
};

/** Load the code the page at `pathname` renders; a path no view matches (not found) needs none. */
export const preloadRoute = (pathname: string): Promise<void> => ROUTE_VIEWS[pathname]?.preload() ?? Promise.resolve();

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
                <Route path="/" component={BriefingView} />
                <Route path="/timeline" component={TimelineView} />
                <Route path="/transitions" component={TransitionsView} />
                <Route path="/governance" component={GovernanceView} />
                <Route path="/england" component={EnglandView} />
                <Route path="/data" component={DataView} />
                <Route path="/sources" component={SourcesView} />
                <Route path="/accessibility" component={AccessibilityStatement} />
                <Route path="/present" component={PresentView} />
                <Route component={NotFound} />
              </Switch>
            </Suspense>
          </ErrorBoundary>
        </Layout>
      </Router>
    </QueryClientProvider>
  );
}
