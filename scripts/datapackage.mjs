// The open data package: datapackage.json (Frictionless Data Package, v2 profile) describing every
// file served under /data/ (and /data/v/<version>/), with the JSON Schema each follows, the
// licence and version from data/meta.json, and where the records come from.
//
// Written twice from this one function: by `npm run data:schema` to docs/datapackage.json, for
// review beside the schemas, and by the build (scripts/prerender.mjs) into dist/data/, so the
// published copy always carries the version of the data it sits beside.
//
// Published layout (each folder the same): <file>.json, schema/<file>.schema.json, datapackage.json.
// In the repository the data files' "$schema" lines point at ../docs/schema/ instead, where the
// schemas are generated; publishedDataFile() rewrites that one line for the published copy.

/** The data files, in the order a reader meets them, with what each holds. */
export const DATA_RESOURCES = Object.freeze([
  ['meta', 'About the data: title, version, the day it was last checked, licence and coverage.'],
  ['sources', 'Every document the records cite: title, kind, publisher, date and address.'],
  [
    'inspections',
    "Ofsted inspections of Northamptonshire's children's services and their judgements.",
  ],
  ['milestones', 'Government intervention and other events, dated, each citing its sources.'],
  ['governance', 'Bodies, post holders, their relationships and statutory powers over time.'],
  [
    'national',
    'ILACS judgements for every English local authority, converted from a public dataset.',
  ],
  ['england', "England-wide shares of judgements as Ofsted's official statistics state them."],
]);

/** Frictionless' recommended profile for a package descriptor. */
export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

const OGL_V3 = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';

/** Where a data file's schema is, from that file's folder, once published. */
export const publishedSchemaPath = (name) => `schema/${name}.schema.json`;

/**
 * A data file's text as published: its "$schema" line pointing at the schema served beside it
 * (the repository's copy points at ../docs/schema/ for editors). Nothing else changes.
 * @param {string} text
 */
export function publishedDataFile(text) {
  return text.replace(
    /^(\{\s*"\$schema":\s*")\.\.\/docs\/schema\/([a-z]+\.schema\.json)"/,
    '$1schema/$2"',
  );
}

/**
 * The datapackage.json descriptor.
 * @param {{ title: string, version: string, checked: string, licence: string, coverage: { from: string, to: string } }} meta
 * @param {{ attribution: string, provenance: { repository: string, commit: string } }} national
 */
export function dataPackage(meta, national) {
  const licences = meta.licence.includes(OGL_V3)
    ? [{ name: 'OGL-UK-3.0', path: OGL_V3, title: 'Open Government Licence v3.0' }]
    : [];
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: 'northamptonshire-childrens-social-care',
    title: meta.title,
    description: `${meta.licence} Each record cites the documents it comes from (sources.json), with a confidence and any disagreement between sources. Coverage ${meta.coverage.from} to ${meta.coverage.to}.`,
    version: meta.version,
    licenses: licences,
    sources: [
      {
        title:
          'The documents listed in sources.json: Ofsted reports, government letters and directions, council releases and press reports',
        path: 'sources.json',
      },
      {
        title: `national.json: ${national.attribution} (${national.provenance.repository}, commit ${national.provenance.commit})`,
      },
    ],
    resources: DATA_RESOURCES.map(([name, description]) => ({
      name,
      path: `${name}.json`,
      format: 'json',
      mediatype: 'application/json',
      encoding: 'utf-8',
      description,
      // The Data Package standard's `schema` is a Table Schema, for tabular resources; these files
      // are nested JSON, so their JSON Schema is named by a property of its own.
      jsonSchema: publishedSchemaPath(name),
    })),
  };
}
