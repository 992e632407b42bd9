/**
 * Every mark on the timeline keeps 3:1 against what it sits on (WCAG 1.4.11): the grey lane band
 * (--app-surface) and the white (or dark) page between bands, in both themes. The colours are read
 * from the stylesheets the app ships, not restated here, so changing a colour there is checked.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TIMELINE_LANES } from '../../domain/timeline';
import type { Grade } from '../../domain/types';
import { contrastRatio, GRADE_HEX } from '../shared/palette';

const root = path.resolve(__dirname, '../../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const themeScss = read('src/app/_theme.scss');
const timelineScss = read('src/app/_timeline.scss');

/** The custom properties declared in a block of CSS (`--app-x: value;`). */
function declarations(block: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of block.matchAll(/--([\w-]+):\s*([^;]+);/g)) out.set(m[1]!, m[2]!.trim());
  return out;
}

/** The text between the brace after `start` and its matching closing brace. */
function blockAfter(css: string, start: number): string {
  const open = css.indexOf('{', start);
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return css.slice(open + 1, i);
  }
  throw new Error('unbalanced braces');
}

const light = declarations(blockAfter(themeScss, themeScss.indexOf(':root')));
const darkMedia = blockAfter(themeScss, themeScss.indexOf('@media (prefers-color-scheme: dark)'));
const dark = new Map([
  ...light,
  ...declarations(blockAfter(darkMedia, darkMedia.indexOf(':root'))),
]);
const THEMES = { light, dark } as const;

/** A value with its var() references followed to a hex colour (or `transparent`). */
function resolve(value: string, vars: Map<string, string>): string {
  const ref = /^var\(--([\w-]+)(?:,\s*([^)]+))?\)$/.exec(value.trim());
  if (!ref) return value.trim();
  const next = vars.get(ref[1]!) ?? ref[2];
  if (next === undefined) throw new Error(`--${ref[1]} is not defined`);
  return resolve(next, vars);
}

/** A property of a one-class rule in _timeline.scss (`.app-tl--dfe { --tl-color: … }`). */
function ruleValue(selector: string, property: string): string | null {
  const at = timelineScss.search(new RegExp(`^${selector.replace(/[.-]/g, '\\$&')}[ ,{]`, 'm'));
  if (at < 0) return null;
  const m = new RegExp(`(?:^|[;\\s])${property}:\\s*([^;]+);`).exec(blockAfter(timelineScss, at));
  return m ? m[1]!.trim() : null;
}

/** The best contrast a mark shows against a background: its fill's, or its outline's. */
const markContrast = (fill: string, outline: string | null, background: string) =>
  Math.max(
    contrastRatio(fill, background),
    outline && outline !== 'transparent' ? contrastRatio(outline, background) : 0,
  );

const cases = (Object.keys(THEMES) as (keyof typeof THEMES)[]).flatMap((theme) =>
  (['surface', 'bg'] as const).map((on) => [theme, on] as const),
);

describe.each(cases)('timeline marks in the %s theme, on --app-%s', (theme, on) => {
  const vars = THEMES[theme];
  const background = resolve(`var(--app-${on})`, vars);

  it.each(TIMELINE_LANES.map((lane) => [lane]))('the %s lane colour meets 3:1', (lane) => {
    const declared = ruleValue(`.app-tl--${lane}`, '--tl-color');
    expect(declared, `no --tl-color for ${lane}`).not.toBeNull();
    const colour = resolve(declared!, vars);
    expect(colour).toMatch(/^#[0-9a-f]{6}$/i);
    expect(contrastRatio(colour, background)).toBeGreaterThanOrEqual(3);
  });

  it.each(Object.keys(GRADE_HEX).map((g) => [g as Grade]))(
    'a %s mark meets 3:1 by its fill or its outline',
    (grade) => {
      // A grade's own outline rule wins over the mark stroke every mark is given (MARK_STROKE).
      const outline = resolve(
        ruleValue(`.app-tl__grade--${grade}`, 'stroke') ?? 'var(--app-mark-stroke)',
        vars,
      );
      expect(markContrast(GRADE_HEX[grade], outline, background)).toBeGreaterThanOrEqual(3);
    },
  );
});

describe('the stylesheet reader', () => {
  it('reads the band and the palette as the app declares them', () => {
    expect(resolve('var(--app-surface)', light).toLowerCase()).toBe('#f3f2f1');
    expect(resolve('var(--app-chart-2)', light).toLowerCase()).toBe('#28a197');
    // The plain palette colour is the one that failed on the band: the test would catch it.
    expect(contrastRatio(resolve('var(--app-chart-2)', light), '#f3f2f1')).toBeLessThan(3);
    expect(resolve('var(--app-surface)', dark).toLowerCase()).toBe('#232526');
  });
});
