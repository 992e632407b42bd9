/**
 * The import zones of eslint.config.js, probed: for each zone, an import it must refuse (with that
 * zone's message) and one it must let through. A zone deleted or widened by mistake fails here
 * rather than in review, months later, when someone crosses it.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const ZONE_RULES = new Set([
  'import-x/no-restricted-paths',
  '@typescript-eslint/no-restricted-imports',
]);

/** Any non-test module in a folder, so that the probes survive files being renamed. */
function moduleIn(dir: string): string {
  const file = readdirSync(path.join(root, dir))
    .sort()
    .find((name) => /\.tsx?$/.test(name) && !name.includes('.test.') && !name.endsWith('.d.ts'));
  if (!file) throw new Error(`no module in ${dir}`);
  return `${dir}/${file}`;
}

const FEATURES = readdirSync(path.join(root, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const aFeature = moduleIn(`src/features/${FEATURES[0]}`);

/** `import '<target>';` written from `file`, as a source file there would write it. */
function importOf(file: string, target: string): string {
  let specifier = path.relative(path.dirname(file), target).replace(/\.tsx?$/, '');
  if (!specifier.startsWith('.')) specifier = `./${specifier}`;
  return `import '${specifier}';\n`;
}

interface Probe {
  /** The file the import is written in (need not exist). */
  file: string;
  /** The module it imports (must exist: an import that does not resolve is never checked). */
  target: string;
  /** Source to lint instead of a bare import of `target`. */
  code?: string;
}

interface Zone {
  name: string;
  /** The zone's message, as eslint.config.js words it. */
  message: string;
  forbidden: Probe;
  allowed: Probe;
}

const ZONES: Zone[] = [
  {
    name: 'domain imports no React layer',
    message: 'domain is pure: no React, no fetching.',
    forbidden: { file: 'src/domain/probe.ts', target: 'src/ui/Page.tsx' },
    allowed: { file: 'src/domain/probe.ts', target: 'src/domain/ratings.ts' },
  },
  {
    name: 'domain takes only partialDate from lib',
    message: 'domain is pure: of lib, only partialDate.',
    forbidden: { file: 'src/domain/probe.ts', target: 'src/lib/site.ts' },
    allowed: { file: 'src/domain/probe.ts', target: 'src/lib/partialDate.ts' },
  },
  {
    name: 'domain reaches the schemas only through ./types',
    message: 'domain takes record types from ./types, never from data.',
    forbidden: {
      file: 'src/domain/probe.ts',
      target: 'src/data/schemas.ts',
      code: "import type { Grade } from '../data/schemas';\nexport type G = Grade;\n",
    },
    allowed: {
      file: 'src/domain/probe.ts',
      target: 'src/domain/types.ts',
      code: "import type { Grade } from './types';\nexport type G = Grade;\n",
    },
  },
  {
    name: 'domain/types.ts re-exports the schemas and nothing else from data',
    message: 'domain/types.ts re-exports the record types of data/schemas.ts, nothing else.',
    forbidden: {
      file: 'src/domain/types.ts',
      target: 'src/data/load.ts',
      code: "export type { DataFileName } from '../data/load';\n",
    },
    allowed: {
      file: 'src/domain/types.ts',
      target: 'src/data/schemas.ts',
      code: "export type { Grade } from '../data/schemas';\n",
    },
  },
  {
    name: 'data imports nothing from domain',
    message: 'data imports no layer above it, domain included: what both need lives in src/lib.',
    forbidden: { file: 'src/data/probe.ts', target: 'src/domain/governance.ts' },
    allowed: { file: 'src/data/probe.ts', target: 'src/lib/partialDate.ts' },
  },
  {
    name: 'charts never fetch',
    message: 'a chart takes a view-model as props; it never fetches nor knows its page.',
    forbidden: { file: 'src/charts/probe.ts', target: 'src/data/queries.ts' },
    allowed: { file: 'src/charts/probe.ts', target: 'src/domain/dates.ts' },
  },
  {
    name: 'shared UI sits below the screens',
    message: 'shared UI sits below the screens that use it.',
    forbidden: { file: 'src/ui/probe.tsx', target: aFeature },
    allowed: { file: 'src/ui/probe.tsx', target: 'src/data/queries.ts' },
  },
  ...FEATURES.map((feature, i): Zone => {
    const other = FEATURES[(i + 1) % FEATURES.length]!;
    return {
      name: `features/${feature} imports no other feature`,
      message: 'a feature never imports another feature: move what both need to src/ui or lower.',
      forbidden: {
        file: `src/features/${feature}/probe.tsx`,
        target: moduleIn(`src/features/${other}`),
      },
      allowed: { file: `src/features/${feature}/probe.tsx`, target: 'src/ui/Page.tsx' },
    };
  }),
  {
    name: 'features sit below app and embed',
    message: 'features sit below app and embed.',
    forbidden: { file: `src/features/${FEATURES[0]}/probe.tsx`, target: 'src/app/routes.ts' },
    allowed: { file: `src/features/${FEATURES[0]}/probe.tsx`, target: 'src/data/queries.ts' },
  },
  {
    name: 'embed takes only the pre-renderer from app',
    message: 'embeds carry no app chrome: of app, only the pre-renderer.',
    forbidden: { file: 'src/embed/probe.tsx', target: 'src/app/App.tsx' },
    allowed: { file: 'src/embed/probe.tsx', target: 'src/app/prerender.tsx' },
  },
  {
    name: 'embed carries no screens',
    message: 'embeds carry no screens nor their UI.',
    forbidden: { file: 'src/embed/probe.tsx', target: 'src/ui/Page.tsx' },
    allowed: { file: 'src/embed/probe.tsx', target: 'src/data/queries.ts' },
  },
  {
    name: 'lib imports no layer',
    message: 'lib holds small generic helpers and imports no layer.',
    forbidden: { file: 'src/lib/probe.ts', target: 'src/domain/dates.ts' },
    allowed: { file: 'src/lib/probe.ts', target: 'src/lib/csv.ts' },
  },
  {
    name: 'bench draws charts without screens',
    message: 'the benchmark page draws charts alone, without screens.',
    forbidden: { file: 'src/bench/probe.tsx', target: aFeature },
    allowed: { file: 'src/bench/probe.tsx', target: 'src/data/load.ts' },
  },
  {
    name: 'bench takes only the stylesheet from app',
    message: 'the benchmark page takes only the stylesheet from app.',
    forbidden: { file: 'src/bench/probe.tsx', target: 'src/app/App.tsx' },
    allowed: { file: 'src/bench/probe.tsx', target: 'src/app/styles.scss' },
  },
  {
    name: 'only the bench page and tests import src/bench',
    message: 'only the benchmark page (and tests) import src/bench.',
    forbidden: { file: 'src/charts/probe.ts', target: 'src/bench/benchData.ts' },
    allowed: { file: 'src/charts/probe.test.ts', target: 'src/bench/benchData.ts' },
  },
  {
    name: 'only tests import tests/',
    message: 'fixtures and test helpers are for tests.',
    forbidden: { file: 'src/domain/probe.ts', target: 'tests/fixtures/inspection.ts' },
    allowed: { file: 'src/domain/probe.test.ts', target: 'tests/fixtures/inspection.ts' },
  },
  {
    name: 'server loads no source',
    message: 'the server serves the build; it never loads source, build scripts or tests.',
    forbidden: {
      file: 'server/probe.mjs',
      target: 'src/lib/site.ts',
      code: "import '../src/lib/site.ts';\n",
    },
    allowed: {
      file: 'server/probe.mjs',
      target: 'server/headers.mjs',
      code: "import './headers.mjs';\n",
    },
  },
  {
    name: 'scripts reach the screens only through the build',
    message: 'scripts reach the screens only through the built bundle.',
    forbidden: { file: 'scripts/probe.ts', target: 'src/ui/Page.tsx' },
    allowed: {
      file: 'scripts/probe.mjs',
      target: 'server/serve.mjs',
      code: "import '../server/serve.mjs';\n",
    },
  },
];

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({
    cwd: root,
    overrideConfigFile: path.join(root, 'eslint.config.js'),
    // Only the boundary rules: a probe is a bare import, which other rules would rightly flag.
    ruleFilter: ({ ruleId }) => ZONE_RULES.has(ruleId),
  });
});

async function lint({ file, target, code }: Probe): Promise<Linter.LintMessage[]> {
  expect(existsSync(path.join(root, target)), `${target} exists`).toBe(true);
  const [result] = await eslint.lintText(code ?? importOf(file, target), {
    filePath: path.join(root, file),
  });
  return result!.messages;
}

describe('import zones', () => {
  it.each(ZONES)('$name: refuses the forbidden import', async ({ message, forbidden }) => {
    const messages = await lint(forbidden);
    expect(messages.filter((m) => m.fatal)).toEqual([]);
    expect(messages.map((m) => m.message)).toContainEqual(expect.stringContaining(message));
  });

  it.each(ZONES)('$name: allows the allowed import', async ({ allowed }) => {
    expect(await lint(allowed)).toEqual([]);
  });
});
