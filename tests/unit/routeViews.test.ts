import { describe, expect, it } from 'vitest';
import { readRouteModules } from '../../scripts/check-size.mjs';
import { ROUTE_VIEWS, VIEW_MODULES } from '../../src/app/App';
import ROUTE_TABLE from '../../src/app/routes.json';

describe('the one route table', () => {
  it('gives the router a lazily loaded view for every route, and no other', () => {
    expect(Object.keys(ROUTE_VIEWS).sort()).toEqual(ROUTE_TABLE.map((r) => r.path).sort());
    expect(Object.keys(VIEW_MODULES).sort()).toEqual(
      [...new Set(ROUTE_TABLE.map((r) => r.view))].sort(),
    );
  });

  it('names a module that exports the view of the same name', async () => {
    for (const route of ROUTE_TABLE) {
      const module = await VIEW_MODULES[route.view]!();
      expect(typeof module[route.view.split('/').pop()!], route.view).toBe('function');
    }
  });

  it('is what the size check reads', () => {
    const routes = readRouteModules(ROUTE_TABLE);
    expect([...routes.keys()]).toEqual(ROUTE_TABLE.map((r) => r.path));
    expect(routes.get('/')).toEqual({
      component: 'BriefingView',
      module: 'src/features/briefing/BriefingView',
      lazy: true,
    });
  });
});
