// Types for server/first-script.mjs (TypeScript does not check the .mjs files themselves).
export declare const APP_CODE_META: string;
export declare const LOADER: string;
export declare const FIRST_SCRIPT: string;
export declare const FIRST_SCRIPT_HASH: string;
