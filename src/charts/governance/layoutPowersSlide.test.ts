import { describe, expect, it } from 'vitest';
import { readDataFile } from '../../../tests/msw/handlers';
import { governanceAsAt } from '../../domain/governance';
import { FUNCTION_LABELS, makeNameLookup } from '../../domain/governanceText';
import type { GovernanceFile } from '../../domain/types';
import { measureText } from '../shared/textMetrics';
import { layoutPowersSlide } from './layoutPowersSlide';

const real = readDataFile('governance.json') as GovernanceFile;
const name = makeNameLookup(real);

describe('layoutPowersSlide', () => {
  it.each(['2013-10-02', '2018-05-10', '2018-11-30', '2020-11-01', '2021-04-01'])(
    '%s: every function and who held it, inside a 720 × 330 frame, no line overlapping another',
    (day) => {
      const state = governanceAsAt(real, day);
      const slide = layoutPowersSlide(state, name, 720, 330);
      expect(slide.hidden).toBe(0);
      const texts = slide.lines.map((l) => l.text).join(' ');
      for (const label of Object.values(FUNCTION_LABELS))
        expect(texts.replace(/\s+/g, ' ')).toContain(label);
      for (const p of state.powers)
        expect(texts.replace(/\s+/g, ' ')).toContain(name(p.power.holder));
      const boxes = slide.lines.map((l) => ({
        l,
        x1: l.x,
        x2: l.x + measureText(l.text, 12, l.role === 'function' ? 700 : 400),
        y1: l.y - 12,
        y2: l.y + 3,
      }));
      for (const b of boxes) {
        expect(b.x1).toBeGreaterThanOrEqual(0);
        expect(b.x2, b.l.text).toBeLessThanOrEqual(720);
        expect(b.y1).toBeGreaterThanOrEqual(0);
        expect(b.y2).toBeLessThanOrEqual(330);
      }
      const clashes = boxes.flatMap((a, i) =>
        boxes
          .slice(i + 1)
          .filter((b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)
          .map((b) => `${a.l.text} × ${b.l.text}`),
      );
      expect(clashes).toEqual([]);
      expect(slide.lines.at(-1)!.text).toBe(
        `${state.powers.length} powers in force: authorities and sources in the table`,
      );
    },
  );

  it('counts the functions that do not fit in the last line', () => {
    const slide = layoutPowersSlide(governanceAsAt(real, '2018-11-30'), name, 720, 90);
    expect(slide.hidden).toBeGreaterThan(0);
    expect(slide.lines.at(-1)!.text).toMatch(/^\d+ more functions? in the table$/);
  });
});
