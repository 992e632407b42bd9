// CHART_PAGES (src/lib/chartPages.ts) names, for each app page, the charts its link preview and
// oEmbed answer stand for: each must be a real route, an embeddable chart, and on that page.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import routes from '../../src/app/routes.json';
import { CHART_PAGES } from '../../src/lib/chartPages';
import { EMBED_CHARTS } from '../../src/lib/embedCode';

const root = path.resolve(__dirname, '../..');
const sourceOf = (dir: string) =>
  readdirSync(path.join(root, dir))
    .filter((f) => /\.tsx?$/.test(f) && !f.includes('.test.'))
    .map((f) => readFileSync(path.join(root, dir, f), 'utf8'))
    .join('\n');

describe('CHART_PAGES', () => {
  it.each(Object.entries(CHART_PAGES))('%s is a route that shows %j', (page, charts) => {
    const route = routes.find((r) => r.path === page);
    expect(route, `${page} is not in routes.json`).toBeDefined();
    expect(charts.length).toBeGreaterThan(0);
    const source = sourceOf(path.dirname(route!.view));
    for (const chart of charts) {
      expect(EMBED_CHARTS).toContain(chart);
      // A page shows a chart through its actions (chart="…") or, the briefing's journey, its spec.
      const shown =
        source.includes(`chart="${chart}"`) ||
        (chart === 'journey' && source.includes('journeySpec'));
      expect(shown, `${page} does not show ${chart}`).toBe(true);
    }
  });

  it('names each chart on one page only, so a chart has one page to link to', () => {
    const all = Object.values(CHART_PAGES).flat();
    expect(new Set(all).size).toBe(all.length);
  });
});
