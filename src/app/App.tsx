import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Route, Router, Switch } from 'wouter';
import { Loading } from '../features/common/DataState';
import { NotBuiltYet } from '../features/common/NotBuiltYet';
import { NotFound } from '../features/common/NotFound';
import { ErrorBoundary } from '../lib/ErrorBoundary';
import { Layout } from './Layout';

// Each view is its own chunk, loaded when first visited (and awaited by the pre-renderer).
const DataView = lazy(() => import('../features/data-view/DataView').then((m) => ({ default: m.DataView })));
const GovernanceView = lazy(() =>
  import('../features/governance/GovernanceView').then((m) => ({ default: m.GovernanceView })),
);
const TimelineView = lazy(() =>
  import('../features/timeline/TimelineView').then((m) => ({ default: m.TimelineView })),
);
const SourcesView = lazy(() => import('../features/sources/SourcesView').then((m) => ({ default: m.SourcesView })));
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
                <Route path="/">
                  <NotBuiltYet
                    title="Briefing"
                    what="the position on one date: the latest judgements, the interventions in force, who held which powers, and a plain-English summary, printable on one page"
                  />
                </Route>
                <Route path="/timeline" component={TimelineView} />
                <Route path="/transitions">
                  <NotBuiltYet title="Rating transitions" what="how each judgement moved between inspections" />
                </Route>
                <Route path="/governance" component={GovernanceView} />
                <Route path="/england">
                  <NotBuiltYet title="England comparison" what="judgements of every English local authority, with Northamptonshire's successors marked" />
                </Route>
                <Route path="/data" component={DataView} />
                <Route path="/sources" component={SourcesView} />
                <Route path="/accessibility" component={AccessibilityStatement} />
                <Route component={NotFound} />
              </Switch>
            </Suspense>
          </ErrorBoundary>
        </Layout>
      </Router>
    </QueryClientProvider>
  );
}
