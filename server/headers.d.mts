// Types for server/headers.mjs (TypeScript does not check the .mjs files themselves).
export declare const CSP_DIRECTIVES: readonly (readonly [string, string])[];
export declare function contentSecurityPolicy(options?: { embed?: boolean }): string;
export declare function isEmbedPath(pathname: string): boolean;
export declare function isCrossOriginPath(pathname: string): boolean;
export declare function urlPathsFor(file: string): string[];
export declare const HOST_FILES: ReadonlySet<string>;
export declare function headersFor(pathname: string): Record<string, string>;
export declare const IMMUTABLE: string;
export declare const REVALIDATE: string;
export declare function cacheControlFor(pathname: string): string;
export declare function staticHeadersFile(distDir: string): string;
export declare function writeStaticHeaders(distDir: string): string;
