// Types for scripts/preview-card.mjs (TypeScript does not check the .mjs files themselves).
export declare const CARD: Readonly<{ width: number; height: number; margin: number }>;
export declare const CARD_FONT: string;
export declare function lightTokens(css: string): Map<string, string>;
export declare function resolveVars(text: string, tokens: Map<string, string>): string;
export declare function chartRules(css: string, tokens: Map<string, string>): string;
export declare function inlineCustomProperties(
  svg: string,
  css: string,
  tokens: Map<string, string>,
): string;
export declare function previewSvg(
  card: { title: string; description: string; summary: string; source: string; svg: string | null },
  style: {
    css: string;
    tokens: Map<string, string>;
    wrap: (text: string, width: number, size: number) => string[];
    version: string;
  },
): string;
export declare function previewTags(page: {
  origin: string;
  path: string;
  chart: string;
  title: string;
  description: string;
}): string;
export declare function withPreviewTags(html: string, tags: string): string;
