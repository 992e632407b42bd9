// Types for scripts/compress.mjs (TypeScript does not check the .mjs files themselves).
export declare const MIN_BYTES: number;
export declare function compressSite(distDir: string): {
  files: number;
  bytes: number;
  br: number;
  gzip: number;
};
