// Types for scripts/page-head.mjs (TypeScript does not check the .mjs files themselves).
export declare function withFirstScript(html: string, urls: string[]): string;
export declare function withInlineIcon(html: string, svg: string): string;
