import type { AcceptedPlugin } from 'postcss';
export declare const PURGE_CONTENT: string[];
export declare function purgeUnusedGovukClasses(options?: { content?: string[] }): AcceptedPlugin;
export declare function findGovukClassPieces(source: string): string[];
