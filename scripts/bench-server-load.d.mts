// Types for scripts/bench-server-load.mjs (TypeScript does not check the .mjs files themselves).
export declare const SECTION_TITLE: string;
export declare function replaceSection(doc: string, section: string): string;
export declare function runServerLoad(options: { dist: string; seconds?: number }): Promise<{
  rows: {
    what: string;
    value: string;
    target: string;
    met: string;
    detail: string;
    reference: string;
  }[];
  figures: unknown[];
  memory: Record<string, number>;
  paths: string[];
}>;
export declare function serverLoadSection(
  result: {
    rows: {
      what: string;
      value: string;
      target: string;
      met: string;
      detail: string;
      reference: string;
    }[];
    paths: string[];
  },
  meta: { seconds: number; machine: string; date: string; loadAverage: string },
): string;
