// The chart font's faces are added from script after the first paint (issue 20: LCP), not declared
// in the stylesheet. What they are added as decides what charts are drawn in.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHART_FONT_FAMILY, CHART_FONT_NAME } from '../../src/lib/chartFont';
import { addChartFontFaces, CHART_FONT_FACES, faceSource } from '../../src/lib/chartFontFace';

/** What a FontFace is made with, and whether it was asked to load. */
class RecordedFace {
  loads = 0;
  status = 'unloaded';
  constructor(
    readonly family: string,
    readonly source: string,
    readonly descriptors: FontFaceDescriptors,
  ) {}
  get weight() {
    return this.descriptors.weight ?? 'normal';
  }
  load() {
    this.loads += 1;
    return Promise.resolve(this);
  }
}

/** A FontFaceSet reduced to what addChartFontFaces uses: its faces, and add. */
function fontSet(): FontFaceSet & { faces: RecordedFace[] } {
  const faces: RecordedFace[] = [];
  return {
    faces,
    add(face: RecordedFace) {
      faces.push(face);
    },
    [Symbol.iterator]: () => faces[Symbol.iterator](),
  } as unknown as FontFaceSet & { faces: RecordedFace[] };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('chart font faces', () => {
  it('names the family charts are drawn in', () => {
    expect(CHART_FONT_FAMILY.split(',')[0]).toBe(CHART_FONT_NAME);
  });

  it('lists each weight once, its woff2 file before its woff', () => {
    expect(CHART_FONT_FACES.map((face) => face.weight)).toEqual(['400', '700']);
    for (const { weight, files } of CHART_FONT_FACES) {
      expect(files).toHaveLength(2);
      expect(files[0]).toMatch(new RegExp(`arimo-latin-${weight}-normal.*\\.woff2$`));
      expect(files[1]).toMatch(new RegExp(`arimo-latin-${weight}-normal.*\\.woff$`));
    }
  });

  it('writes a source as @font-face does, each file with its format', () => {
    expect(faceSource(['/assets/a-1.woff2', '/assets/a-1.woff'])).toBe(
      'url("/assets/a-1.woff2") format("woff2"), url("/assets/a-1.woff") format("woff")',
    );
  });

  it('adds a face per weight, drawn in a fallback until it arrives, fetched only when asked for', () => {
    vi.stubGlobal('FontFace', RecordedFace);
    const fonts = fontSet();
    addChartFontFaces(fonts);
    expect(
      fonts.faces.map((face) => [face.family, face.weight, face.descriptors.display, face.loads]),
    ).toEqual([
      ['Arimo', '400', 'swap', 0],
      ['Arimo', '700', 'swap', 0],
    ]);
    expect(fonts.faces[1]!.source).toBe(faceSource(CHART_FONT_FACES[1].files));
  });

  it('adds nothing twice: a second call (another entry, a remount) finds the faces there', () => {
    vi.stubGlobal('FontFace', RecordedFace);
    const fonts = fontSet();
    addChartFontFaces(fonts);
    addChartFontFaces(fonts);
    expect(fonts.faces).toHaveLength(2);
  });

  it('does nothing where there is no FontFace or no document', () => {
    vi.stubGlobal('FontFace', undefined);
    const fonts = fontSet();
    addChartFontFaces(fonts);
    expect(fonts.faces).toEqual([]);
    expect(() => addChartFontFaces(undefined)).not.toThrow();
  });
});
