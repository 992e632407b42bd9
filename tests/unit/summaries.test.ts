// Every chart's words as a reader meets them in one panel (issue 19, chart-design.md "Say the
// point"): the summary opens with its conclusion in one sentence of at most 30 words, and no
// sentence is said twice across the description, the summary and the footnote. Run over every
// spec in the registry, with the real data, for its default view and every gallery view.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_SPECS } from '../../src/charts/registry';
import type { ChartText } from '../../src/charts/shared/spec';
import { DATA_FILE_NAMES } from '../../src/data/files';
import { parseDataFile } from '../../src/data/parse';
import type { DataFiles } from '../../src/domain/types';
import { GALLERY_CASES } from '../../src/gallery/cases';

const root = resolve(__dirname, '../..');
const data = Object.fromEntries(
  DATA_FILE_NAMES.map((f) => [
    f,
    parseDataFile(f, JSON.parse(readFileSync(resolve(root, 'data', f), 'utf8'))),
  ]),
) as unknown as DataFiles;

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|etc|Mr|Mrs|Ms|Dr|St|No|vs|cf|Cllr|approx)|\b[A-Z])\.$/;

/** A text's sentences: split after . ! or ? followed by a space and a capital, digit or quote. */
export function toSentences(text: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const part of text.split(/(?<=[.!?][”’")]?)\s+(?=[A-Z0-9“‘"(])/)) {
    current = current ? `${current} ${part}` : part;
    if (!ABBREVIATIONS.test(current)) {
      out.push(current.trim());
      current = '';
    }
  }
  if (current.trim()) out.push(current.trim());
  return out.filter(Boolean);
}

const words = (sentence: string) => sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
const normalise = (s: string) =>
  s
    .toLowerCase()
    .replace(/[“”"‘’']/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[.!?:;,]+$/, '')
    .trim();

/** Every paragraph of a panel, as text. */
const panelTexts = (text: ChartText): string[] => [
  text.description,
  text.summary,
  ...text.footnote.flatMap((p) =>
    typeof p === 'string' ? [p] : 'list' in p ? p.list : [`${p.lead} ${p.text}`],
  ),
];

describe('toSentences', () => {
  it('splits sentences and keeps abbreviations and initials whole', () => {
    expect(toSentences('Rated good. Then inadequate, e.g. in 2019. J. Smith said so.')).toEqual([
      'Rated good.',
      'Then inadequate, e.g. in 2019.',
      'J. Smith said so.',
    ]);
    expect(toSentences('One sentence only')).toEqual(['One sentence only']);
  });
});

const views = Object.keys(CHART_SPECS).flatMap((chart) => {
  const queries = new Set([
    '',
    ...GALLERY_CASES.filter((c) => c.chart === chart).map((c) => c.query),
  ]);
  return [...queries].map((query) => [chart, query] as const);
});

describe.each(views)('%s with "%s"', (chart, query) => {
  const textOf = async () => {
    const spec = await CHART_SPECS[chart as keyof typeof CHART_SPECS]();
    const params = spec.readParams(new URLSearchParams(query), data);
    const model = spec.toModel(data, params);
    return spec.toText(model, params, data, 'page');
  };

  it('opens its summary with one sentence of at most 30 words', async () => {
    const text = await textOf();
    const [first] = toSentences(text.summary);
    expect(first, 'the summary is empty').toBeTruthy();
    expect(words(first!).length, `"${first}"`).toBeLessThanOrEqual(30);
  });

  it('says no sentence twice across its description, summary and footnote', async () => {
    const sentences = panelTexts(await textOf())
      .flatMap(toSentences)
      .map(normalise);
    const repeated = sentences.filter((s, i) => s.length > 0 && sentences.indexOf(s) !== i);
    expect(repeated).toEqual([]);
  });
});
