/**
 * Colours for charts. The categorical palette is the Government Analysis Function's accessible
 * palette, in its order; charts read colours through CSS custom properties so that the dark
 * theme (and print) can swap them without re-rendering.
 */
import type { Grade, NationalGrade } from '../../domain/types';

/** The Analysis Function categorical palette (light theme values). */
export const CATEGORICAL = [
  '#12436D',
  '#28A197',
  '#801650',
  '#F46A25',
  '#3D3D3D',
  '#A285D1',
] as const;

/** The same palette as CSS variables, defined in src/app/_theme.scss for light and dark. */
export const CATEGORICAL_VARS = [
  'var(--app-chart-1)',
  'var(--app-chart-2)',
  'var(--app-chart-3)',
  'var(--app-chart-4)',
  'var(--app-chart-5)',
  'var(--app-chart-6)',
] as const;

export interface GradeStyle {
  /** Fill colour (the same in both themes; see MARK_STROKE for the dark outline). */
  fill: string;
  /** Text drawn on the fill. */
  text: string;
  /** A short label always drawn with the colour: colour is never the only cue. */
  short: string;
  /** A pattern id (see GradePatterns) so that grades differ in greyscale print too. */
  pattern: string | null;
}

/**
 * One rating palette for every chart, from the Analysis Function colours, arranged so that grades
 * next to each other on the scale differ by at least 3:1 and each meets 3:1 against a white
 * background (tested in palette.test.ts). On the dark background marks get a light outline
 * (`--app-mark-stroke`), which carries the 3:1 boundary contrast there. "Adequate" (2012–13
 * frameworks) shares the requires-improvement rung but is dotted and labelled, never merged.
 */
export const GRADE_HEX: Record<Grade, string> = {
  inadequate: '#801650',
  adequate: '#F46A25',
  'requires-improvement': '#F46A25',
  good: '#12436D',
  outstanding: '#28A197',
};

export const GRADE_STYLES: Record<Grade, GradeStyle> = {
  inadequate: {
    fill: GRADE_HEX.inadequate,
    text: '#FFFFFF',
    short: 'Inad',
    pattern: 'app-pattern-hatch',
  },
  adequate: {
    fill: GRADE_HEX.adequate,
    text: '#0B0C0C',
    short: 'Adeq',
    pattern: 'app-pattern-dots',
  },
  'requires-improvement': {
    fill: GRADE_HEX['requires-improvement'],
    text: '#0B0C0C',
    short: 'RI',
    pattern: null,
  },
  good: { fill: GRADE_HEX.good, text: '#FFFFFF', short: 'Good', pattern: null },
  outstanding: { fill: GRADE_HEX.outstanding, text: '#0B0C0C', short: 'Outst', pattern: null },
};

/** The outline every mark gets: transparent on light, light on dark (set in _theme.scss). */
export const MARK_STROKE = 'var(--app-mark-stroke, transparent)';

/** Relative luminance (WCAG 2.x). */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  const channels = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * channels[0]! + 0.7152 * channels[1]! + 0.0722 * channels[2]!;
}

/** WCAG contrast ratio between two hex colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The fill of a national grade, or null for what is not a grade (drawn dashed, unfilled). */
export const nationalFill = (grade: NationalGrade): string | null =>
  grade === 'outstanding' ||
  grade === 'good' ||
  grade === 'requires-improvement' ||
  grade === 'inadequate'
    ? GRADE_STYLES[grade].fill
    : null;
