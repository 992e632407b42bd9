// Types for scripts/check-size.mjs, for its tests.
export interface Chunk {
  file: string;
  bytes: number;
}
export interface Page {
  name: string;
  kind: 'home' | 'route' | 'embed';
  chunks: Chunk[];
  budget?: number;
  problems?: string[];
}
export interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  src?: string;
}
export interface RouteModule {
  component: string;
  module: string | null;
  lazy: boolean;
}
export declare const BUDGETS: Readonly<{ home: number; embed: number }>;
export declare const EMBED_MANIFEST: string;
export declare const BENCH_MANIFEST: string;
export declare function formatKiB(bytes: number): string;
export declare function staticClosure(
  manifest: Record<string, ManifestChunk>,
  key: string,
  seen?: Set<string>,
): Set<string>;
export declare function appCode(manifest: Record<string, ManifestChunk>): Set<string>;
export declare function readRouteModules(
  table: readonly { path: string; view: string }[],
): Map<string, RouteModule>;
export declare function toPages(
  manifest: Record<string, ManifestChunk>,
  routes: Map<string, RouteModule>,
  sizeOf: (file: string) => number,
  budgets?: Readonly<{ home: number; embed: number }>,
): Page[];
export declare function toEmbedPages(
  manifest: Record<string, ManifestChunk>,
  sizeOf: (file: string) => number,
  budgets?: Readonly<{ home: number; embed: number }>,
): Page[];
export declare function checkBudgets(pages: Page[]): {
  ok: boolean;
  failures: string[];
  report: string[];
};
export declare function measureBuild(dist: string): Page[];
