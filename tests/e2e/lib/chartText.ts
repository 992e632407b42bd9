// What "every chart text readable" means, measured in the page as a person sees it: each <text>
// in a chart lies whole inside its chart's <svg>, touches no other text, is not cut short with an
// ellipsis, and is at least the surface's minimum size once the SVG is scaled to its box.
import type { Frame, Page } from 'playwright-core';

export interface TextProblem {
  chart: string;
  text: string;
  problem: string;
}

export interface TextRules {
  /** The smallest text, in CSS px as drawn (after the SVG's scaling). */
  minPx: number;
  /** The smallest axis tick label. */
  minTickPx: number;
}

/** Screen: 12 px, ticks 11 px. Print: 7 pt. Slide: 24 px at 1920 × 1080, 18 px at 1280 × 720. */
export const SCREEN: TextRules = { minPx: 12, minTickPx: 11 };
export const PRINT: TextRules = { minPx: (7 * 96) / 72, minTickPx: (7 * 96) / 72 };
export const SLIDE: TextRules = { minPx: 24, minTickPx: 24 };
export const SLIDE_SMALL: TextRules = { minPx: 18, minTickPx: 18 };

/** Every problem with the texts of every visible chart on the page (or in a frame of it). */
export async function findTextProblems(
  page: Page | Frame,
  rules: TextRules,
): Promise<TextProblem[]> {
  // Measure the text as drawn in the chart font, not in a fallback before it has loaded.
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate((r) => {
    const out: { chart: string; text: string; problem: string }[] = [];
    // Overlap and containment allow half a pixel for anti-aliasing and rounding.
    const EPS = 0.5;
    const charts = [...document.querySelectorAll<SVGSVGElement>('svg[aria-labelledby]')].filter(
      (svg) => {
        const box = svg.getBoundingClientRect();
        return box.width > 0 && box.height > 0;
      },
    );
    for (const svg of charts) {
      const name =
        document
          .getElementById(svg.getAttribute('aria-labelledby')!.split(' ')[0]!)
          ?.textContent?.trim() ?? 'a chart';
      const frame = svg.getBoundingClientRect();
      const scale =
        svg.viewBox.baseVal && svg.viewBox.baseVal.width > 0
          ? frame.width / svg.viewBox.baseVal.width
          : 1;
      const texts = [...svg.querySelectorAll<SVGTextElement>('text')].filter((t) => {
        const style = getComputedStyle(t);
        return (
          style.display !== 'none' &&
          style.visibility !== 'hidden' &&
          (t.textContent ?? '').trim() !== ''
        );
      });
      const boxes = texts.map((t) => {
        // Each line of a wrapped label is a <tspan>: the text's box covers them all.
        const box = t.getBoundingClientRect();
        return { t, box, label: (t.textContent ?? '').trim() };
      });
      for (const { t, box, label } of boxes) {
        if (
          box.left < frame.left - EPS ||
          box.right > frame.right + EPS ||
          box.top < frame.top - EPS ||
          box.bottom > frame.bottom + EPS
        )
          out.push({ chart: name, text: label, problem: 'outside the chart' });
        if (/…$|\.\.\.$/.test(label))
          out.push({ chart: name, text: label, problem: 'cut short with an ellipsis' });
        // The text's own scale to the screen: the viewBox's (which, in a box of another shape than
        // the viewBox, as on a slide, is the smaller of width and height's) and any transform.
        const ctm = t.getScreenCTM();
        const size =
          parseFloat(getComputedStyle(t).fontSize) * (ctm ? Math.hypot(ctm.a, ctm.b) : scale);
        const isTick = t.closest('[class*="tick"], [class*="axis"]') !== null;
        const min = isTick ? r.minTickPx : r.minPx;
        if (size < min - 0.05)
          out.push({
            chart: name,
            text: label,
            problem: `${size.toFixed(1)} px, under ${min.toFixed(1)} px`,
          });
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!.box;
          const b = boxes[j]!.box;
          const overlap =
            Math.min(a.right, b.right) - Math.max(a.left, b.left) > EPS &&
            Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > EPS;
          if (overlap)
            out.push({
              chart: name,
              text: `${boxes[i]!.label} / ${boxes[j]!.label}`,
              problem: 'touches another text',
            });
        }
      }
    }
    return out;
  }, rules);
}

/** The problems in a few words each, for a failure message. */
export const describeProblems = (problems: readonly TextProblem[]): string =>
  problems.map((p) => `${p.chart}: “${p.text.slice(0, 60)}” ${p.problem}`).join('\n');
