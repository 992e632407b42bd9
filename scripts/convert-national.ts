/**
 * Convert the national Ofsted comparator CSVs into data/national.json.
 *
 *   npm run data:national                       reads ../shared/data/national, writes data/national.json
 *   npx tsx scripts/convert-national.ts --from <dir> --out <file>
 *
 * The result is validated with the `nationalFile` schema before it is written; an invalid result
 * is never written. Running twice on the same input gives an identical file.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nationalFile } from '../src/data/schemas';
import {
  GRADE_COLUMNS,
  HISTORY_FILE,
  OVERVIEW_FILE,
  README_COMMIT,
  README_HISTORY_SHA256,
  convertNational,
  countGrades,
  parseCsv,
  readReadmeFacts,
  type GradeField,
} from './lib/national';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function readArgs(argv: string[]): { from: string; out: string } {
  let from = path.resolve(repoRoot, '../shared/data/national');
  let out = path.resolve(repoRoot, 'data/national.json');
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if ((flag === '--from' || flag === '--out') && (value === undefined || value.startsWith('--')))
      throw new Error(`${flag} needs a value`);
    if (flag === '--from') from = path.resolve(value!);
    else if (flag === '--out') out = path.resolve(value!);
    else throw new Error(`unknown argument "${flag}" (expected --from <dir> or --out <file>)`);
    i++;
  }
  return { from, out };
}

function main(): number {
  const { from, out } = readArgs(process.argv.slice(2));
  const historyPath = path.join(from, HISTORY_FILE);
  const overviewPath = path.join(from, OVERVIEW_FILE);
  for (const file of [historyPath, overviewPath])
    if (!existsSync(file)) {
      console.error(`Cannot convert: ${file} does not exist (use --from <dir>).`);
      return 1;
    }

  const warnings: string[] = [];
  const historyBytes = readFileSync(historyPath);
  const historySha256 = createHash('sha256').update(historyBytes).digest('hex');

  // The README states the source commit and the history file's hash.
  const readmePath = path.join(from, 'README.md');
  let commit = README_COMMIT;
  let statedSha256 = README_HISTORY_SHA256;
  if (existsSync(readmePath)) {
    const facts = readReadmeFacts(readFileSync(readmePath, 'utf8'));
    if (facts.commit) commit = facts.commit;
    else warnings.push(`${readmePath} states no commit; using ${README_COMMIT}`);
    if (facts.historySha256) statedSha256 = facts.historySha256;
    else warnings.push(`${readmePath} states no sha256 for ${HISTORY_FILE}`);
    if (facts.commit && facts.commit !== README_COMMIT)
      warnings.push(
        `README commit ${facts.commit} differs from the one this converter was written for (${README_COMMIT}); check the columns are unchanged`,
      );
  } else {
    warnings.push(
      `${readmePath} not found; commit and hash taken from the converter's record of it`,
    );
  }
  if (historySha256 !== statedSha256)
    warnings.push(
      `sha256 of ${HISTORY_FILE} is ${historySha256}, but the README states ${statedSha256}: the file has changed since the README was written`,
    );

  const result = convertNational(
    parseCsv(historyBytes.toString('utf8')),
    parseCsv(readFileSync(overviewPath, 'utf8')),
    { commit, historySha256 },
  );
  warnings.push(...result.warnings);

  const checked = nationalFile.safeParse(result.file);
  if (!checked.success) {
    console.error(`Not written: the result does not match the nationalFile schema.`);
    for (const issue of checked.error.issues)
      console.error(`  ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    return 1;
  }

  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result.file, null, 2)}\n`);

  const { file } = result;
  const counts = countGrades(file.inspections);
  console.log(`Wrote ${path.relative(process.cwd(), out) || out}`);
  console.log(`  from ${from}`);
  console.log(`  history sha256 ${historySha256}`);
  console.log(`  authorities: ${file.authorities.length}`);
  console.log(`  inspections: ${file.inspections.length}`);
  console.log(
    `  regions: ${Object.entries(file.regions)
      .map(([code, name]) => `${code} ${name}`)
      .join('; ')}`,
  );
  console.log(`  grades unknown, by column:`);
  for (const field of Object.keys(GRADE_COLUMNS) as GradeField[])
    console.log(
      `    ${GRADE_COLUMNS[field].padEnd(28)} unknown ${String(counts[field].unknown ?? 0).padStart(3)}   (${Object.entries(
        counts[field],
      )
        .map(([grade, n]) => `${grade} ${n}`)
        .join(', ')})`,
    );
  const unknownFramework = file.inspections.filter((i) => i.framework === 'unknown').length;
  console.log(`  framework unknown: ${unknownFramework}`);
  console.log(`  warnings: ${warnings.length}`);
  for (const warning of warnings) console.log(`    - ${warning}`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
