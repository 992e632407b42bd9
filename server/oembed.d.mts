// Types for server/oembed.mjs (TypeScript does not check the .mjs files themselves).
export declare const DEFAULT_WIDTH: number;
export declare const PREVIEW_SIZE: Readonly<{ width: number; height: number }>;
export declare const MAX_URL_LENGTH: number;
export declare function previewPath(chart: string): string;
export interface OembedManifest {
  provider: { name: string; origin: string | null };
  charts: Record<string, { title: string; height: number }>;
  pages: Record<string, string[]>;
}
export declare function loadOembedManifest(root: string): OembedManifest | null;
export declare function chartForUrl(
  raw: string,
  origins: string[],
  manifest: OembedManifest,
): null | { origin: string; chart: string; params: URLSearchParams };
export declare function oembedJson(
  request: {
    origin: string;
    chart: string;
    params?: URLSearchParams;
    maxwidth?: number;
    maxheight?: number;
  },
  manifest: OembedManifest,
): Record<string, string | number>;
export declare function oembedAnswer(
  search: string,
  site: { origins: string[]; manifest: OembedManifest },
): { status: number; json?: Record<string, string | number>; message?: string };
