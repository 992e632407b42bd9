import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import {
  PURGE_CONTENT,
  findGovukClassPieces,
  purgeUnusedGovukClasses,
} from '../../scripts/purge-css.mjs';

const root = path.join(__dirname, '../..');

describe('the purge of unused GOV.UK classes', () => {
  it('keeps what the source names, every app class and every element rule; drops the rest of govuk-', async () => {
    const css = [
      '.govuk-input--width-4{width:5ex}',
      '.govuk-input--width-30{width:30ex}',
      '.govuk-footer__licence-logo{display:inline-block}',
      '.govuk-frontend-supported .govuk-service-navigation__toggle{display:block}',
      '.govuk-table__cell, .govuk-summary-card{padding:0}',
      '.app-tl--inspection{fill:red}',
      '.app-made-up-by-the-test{color:blue}',
      'svg text{font-size:1em}',
      '@media (prefers-color-scheme: dark){.govuk-link{color:white}.govuk-caption-xl{color:grey}}',
    ].join('\n');
    const out = await postcss([
      purgeUnusedGovukClasses({ content: PURGE_CONTENT.map((p) => path.join(root, p)) }),
    ]).process(css, {
      from: undefined,
    });
    const selectors: string[] = [];
    out.root.walkRules((rule) => void selectors.push(rule.selector));
    expect(selectors).toEqual([
      '.govuk-input--width-4',
      '.govuk-table__cell',
      '.app-tl--inspection',
      '.app-made-up-by-the-test',
      'svg text',
      '.govuk-link',
    ]);
  });

  it('finds a govuk- class built from pieces, which the purge cannot see', () => {
    expect(findGovukClassPieces('className={`govuk-input--width-${n}`}')).toEqual([
      'govuk-input--width-${',
    ]);
    expect(findGovukClassPieces("const c = 'govuk-tag--' + colour;")).toEqual(["govuk-tag--' +"]);
    expect(
      findGovukClassPieces("className={`govuk-table__row${focus ? ' app-row--focus' : ''}`}"),
    ).toEqual([]);
  });

  it('no source file builds a govuk- class from pieces', () => {
    expect(PURGE_CONTENT).toEqual(['index.html', 'embed.html', 'bench.html', 'src/**/*.{ts,tsx}']);
    const sources = readdirSync(path.join(root, 'src'), {
      recursive: true,
      encoding: 'utf8',
    }).filter((f) => /\.tsx?$/.test(f));
    expect(sources.length).toBeGreaterThan(50);
    const files = ['index.html', 'embed.html', 'bench.html', ...sources.map((f) => `src/${f}`)];
    const pieces = files.flatMap((f) =>
      findGovukClassPieces(readFileSync(path.join(root, f), 'utf8')).map((p) => `${f}: ${p}`),
    );
    expect(pieces).toEqual([]);
  });
});
