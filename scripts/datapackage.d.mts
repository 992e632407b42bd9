// Types for scripts/datapackage.mjs (TypeScript does not check the .mjs files themselves).
export declare const DATA_RESOURCES: readonly (readonly [string, string])[];
export declare const DATA_PACKAGE_PROFILE: string;
export declare function publishedSchemaPath(name: string): string;
export declare function publishedDataFile(text: string): string;
export interface DataPackage {
  $schema: string;
  name: string;
  title: string;
  description: string;
  version: string;
  licenses: { name: string; path: string; title: string }[];
  sources: { title: string; path?: string }[];
  resources: {
    name: string;
    path: string;
    format: string;
    mediatype: string;
    encoding: string;
    description: string;
    jsonSchema: string;
  }[];
}
export declare function dataPackage(
  meta: {
    title: string;
    version: string;
    checked: string;
    licence: string;
    coverage: { from: string; to: string };
  },
  national: { attribution: string; provenance: { repository: string; commit: string } },
): DataPackage;
