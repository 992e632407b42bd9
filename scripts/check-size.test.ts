import { describe, expect, it } from 'vitest';
import {
  appCode,
  BUDGETS,
  checkBudgets,
  readRouteModules,
  toEmbedPages,
  toPages,
} from './check-size.mjs';

const KiB = 1024;

/** A small build: the entry, a shared chunk, two lazy views and an embed with one chart. */
const manifest = {
  'index.html': {
    file: 'assets/main.js',
    isEntry: true,
    imports: ['_react.js'],
    dynamicImports: [
      'src/features/briefing/BriefingView.tsx',
      'src/features/timeline/TimelineView.tsx',
    ],
  },
  '_react.js': { file: 'assets/react.js' },
  '_chart.js': { file: 'assets/chart.js' },
  'src/features/briefing/BriefingView.tsx': {
    file: 'assets/BriefingView.js',
    isDynamicEntry: true,
    imports: ['_react.js', '_chart.js'],
  },
  'src/features/timeline/TimelineView.tsx': {
    file: 'assets/TimelineView.js',
    isDynamicEntry: true,
    imports: ['_chart.js'],
  },
  'embed.html': {
    file: 'assets/embed.js',
    isEntry: true,
    imports: ['_react.js'],
    dynamicImports: ['src/charts/timeline/spec.tsx'],
  },
  'src/charts/timeline/spec.tsx': {
    file: 'assets/TimelineSpec.js',
    isDynamicEntry: true,
    imports: ['_chart.js'],
    src: 'src/charts/timeline/spec.tsx',
  },
};

/** The route table (src/app/routes.json) of this small build. */
const app = [
  { path: '/', view: 'src/features/briefing/BriefingView' },
  { path: '/timeline', view: 'src/features/timeline/TimelineView' },
];

const sizes =
  (overrides: Record<string, number> = {}) =>
  (file: string) =>
    overrides[file] ??
    (
      {
        'assets/main.js': 20 * KiB,
        'assets/react.js': 50 * KiB,
        'assets/chart.js': 15 * KiB,
      } as Record<string, number>
    )[file] ??
    5 * KiB;

describe('the JavaScript budgets', () => {
  it('reads which module each route renders from the route table', () => {
    const routes = readRouteModules(app);
    expect(routes.get('/')).toEqual({
      component: 'BriefingView',
      module: 'src/features/briefing/BriefingView',
      lazy: true,
    });
    expect(routes.get('/timeline')).toEqual({
      component: 'TimelineView',
      module: 'src/features/timeline/TimelineView',
      lazy: true,
    });
  });

  it('counts the entry, the view and everything they import statically, once each', () => {
    const pages = toPages(manifest, readRouteModules(app), sizes());
    const home = pages.find((p) => p.name === '/')!;
    expect(home.chunks.map((c) => c.file).sort()).toEqual([
      'assets/BriefingView.js',
      'assets/chart.js',
      'assets/main.js',
      'assets/react.js',
    ]);
    expect(home.budget).toBe(BUDGETS.home);
    const embed = pages.find((p) => p.kind === 'embed')!;
    expect(embed.chunks.map((c) => c.file).sort()).toEqual([
      'assets/TimelineSpec.js',
      'assets/chart.js',
      'assets/embed.js',
      'assets/react.js',
    ]);
    expect(checkBudgets(pages).ok).toBe(true);
  });

  it('counts the app that the entry loads after the first paint (src/app/boot.ts → src/app/main.tsx) as part of every page', () => {
    const booted = {
      'index.html': {
        file: 'assets/boot.js',
        isEntry: true,
        imports: ['_preload.js'],
        dynamicImports: ['src/app/main.tsx'],
      },
      '_preload.js': { file: 'assets/preload.js' },
      'src/app/main.tsx': {
        file: 'assets/app.js',
        isDynamicEntry: true,
        imports: ['_react.js'],
        dynamicImports: [
          'src/features/briefing/BriefingView.tsx',
          'src/features/timeline/TimelineView.tsx',
        ],
      },
      '_react.js': { file: 'assets/react.js' },
      '_chart.js': { file: 'assets/chart.js' },
      'src/features/briefing/BriefingView.tsx': {
        file: 'assets/BriefingView.js',
        isDynamicEntry: true,
        imports: ['_react.js', '_chart.js'],
      },
      'src/features/timeline/TimelineView.tsx': {
        file: 'assets/TimelineView.js',
        isDynamicEntry: true,
        imports: ['_chart.js'],
      },
    };
    const pages = toPages(booted, readRouteModules(app), sizes());
    const home = pages.find((p) => p.name === '/')!;
    expect(home.chunks.map((c) => c.file).sort()).toEqual([
      'assets/BriefingView.js',
      'assets/app.js',
      'assets/boot.js',
      'assets/chart.js',
      'assets/preload.js',
      'assets/react.js',
    ]);
    expect(home.problems ?? []).toEqual([]);
    // What each page lists to load after its first paint (scripts/prerender.mjs): the entry first,
    // then what it and the app import statically, and no view.
    expect([...appCode(booted)].map((key) => booted[key as keyof typeof booted].file)).toEqual([
      'assets/boot.js',
      'assets/preload.js',
      'assets/app.js',
      'assets/react.js',
    ]);
    expect(pages.find((p) => p.name === '/timeline')!.chunks.map((c) => c.file)).not.toContain(
      'assets/BriefingView.js',
    );
  });

  it('fails when a chunk pushes the home page over 112 KiB, naming that chunk first', () => {
    const pages = toPages(
      manifest,
      readRouteModules(app),
      sizes({ 'assets/BriefingView.js': 60 * KiB }),
    );
    const { ok, failures } = checkBudgets(pages);
    expect(ok).toBe(false);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(
      /^\/: 145\.0 KiB of JavaScript is over its budget of 112\.0 KiB by 33\.0 KiB; largest chunk assets\/BriefingView\.js \(60\.0 KiB\)/,
    );
  });

  it('reads the embeds from their own build: one page per chart, not per lazy helper, each held to 90 KiB', () => {
    const embedManifest = {
      'embed.html': {
        file: 'assets/embed.js',
        isEntry: true,
        dynamicImports: [
          'src/charts/timeline/spec.tsx',
          'src/charts/governance/powersSpec.tsx',
          'src/data/parse.ts',
        ],
      },
      'src/charts/timeline/spec.tsx': {
        file: 'assets/TimelineSpec.js',
        isDynamicEntry: true,
        imports: ['_gate.js'],
        src: 'src/charts/timeline/spec.tsx',
      },
      'src/charts/governance/powersSpec.tsx': {
        file: 'assets/powersSpec.js',
        isDynamicEntry: true,
        imports: ['_gate.js'],
        src: 'src/charts/governance/powersSpec.tsx',
      },
      '_gate.js': { file: 'assets/gate.js' },
      'src/data/parse.ts': {
        file: 'assets/parse.js',
        isDynamicEntry: true,
        src: 'src/data/parse.ts',
      },
    };
    const sizeOf = (file: string) =>
      (
        ({
          'assets/embed.js': 74 * KiB,
          'assets/TimelineSpec.js': 15.5 * KiB,
          'assets/powersSpec.js': 1 * KiB,
        }) as Record<string, number>
      )[file] ?? 1 * KiB;
    const pages = toEmbedPages(embedManifest, sizeOf);
    expect(pages.map((p) => p.name)).toEqual([
      'embed (src/charts/timeline/spec.tsx)',
      'embed (src/charts/governance/powersSpec.tsx)',
    ]);
    expect(
      pages.every(
        (p) => p.budget === 90 * KiB && !p.chunks.some((c) => c.file === 'assets/parse.js'),
      ),
    ).toBe(true);
    const { failures } = checkBudgets(pages);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(
      /^embed \(src\/charts\/timeline\/spec\.tsx\): 90\.5 KiB of JavaScript is over its budget of 90\.0 KiB by 0\.5 KiB/,
    );
  });

  it('fails when an embed is over its budget, naming the embed and the chunk', () => {
    const pages = toPages(
      manifest,
      readRouteModules(app),
      sizes({ 'assets/TimelineSpec.js': 120 * KiB }),
    );
    const { ok, failures } = checkBudgets(pages);
    expect(ok).toBe(false);
    expect(failures.join('\n')).toContain('embed (src/charts/timeline/spec.tsx)');
    expect(failures.join('\n')).toContain('largest chunk assets/TimelineSpec.js (120.0 KiB)');
  });

  it('fails when a view is bundled into the entry chunk instead of loading lazily', () => {
    // The entry imports the view statically: its chunk is no dynamic entry, and it is part of every page.
    const eager = {
      ...manifest,
      'index.html': {
        file: 'assets/main.js',
        isEntry: true,
        imports: ['_react.js', 'src/features/timeline/TimelineView.tsx'],
        dynamicImports: ['src/features/briefing/BriefingView.tsx'],
      },
      'src/features/timeline/TimelineView.tsx': {
        file: 'assets/TimelineView.js',
        imports: ['_chart.js'],
      },
    };
    const { ok, failures } = checkBudgets(toPages(eager, readRouteModules(app), sizes()));
    expect(ok).toBe(false);
    expect(failures[0]).toContain('view TimelineView');
    expect(failures[0]).toContain('something imports it statically');
  });
});
