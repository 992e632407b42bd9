import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Route, Router, Switch } from 'wouter';
import { Loading } from '../features/common/DataState';
import { NotFound } from '../features/common/NotFound';
import { ErrorBoundary } from '../lib/ErrorBoundary';
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

export interface AppProps {
  client: QueryClient;
  /** Server rendering only: the path being rendered. */
  ssrPath?: string;
}

export function App({ client, ssrPath }: AppProps) {
  return (
    <QueryClientProvider client={client}>
      {/* ssrSearch="" makes hydration render the pre-rendered (default) state first. */}
      <Router ssrPath={ssrPath} ssrSearch="">
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
