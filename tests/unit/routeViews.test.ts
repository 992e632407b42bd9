import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRouteModules } from '../../scripts/check-size.mjs';
import { ROUTE_VIEWS } from '../../src/app/App';

describe('the views preloaded before hydration', () => {
  it('are exactly the lazily loaded views of the <Route>s in App.tsx', () => {
    const source = readFileSync(path.join(__dirname, '../../src/app/App.tsx'), 'utf8');
    const lazyRoutes = [...readRouteModules(source)].filter(([, r]) => r.lazy).map(([p]) => p);
    expect(Object.keys(ROUTE_VIEWS).sort()).toEqual(lazyRoutes.sort());
  });
});
