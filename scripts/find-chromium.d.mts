// Types for scripts/find-chromium.mjs (TypeScript does not check the .mjs files themselves).
import type { Browser } from 'playwright-core';
export declare const SYSTEM_CHROMIUM: string;
export declare const LAUNCH_ARGS: readonly string[];
export declare function findChromium(): string;
export declare function launchBrowser(options?: { executablePath?: string }): Promise<Browser>;
