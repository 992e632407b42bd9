/**
 * The powers on a 16:9 slide: the table has six columns and a row for every power, too tall and
 * too dense for a slide; here each function is one row with who held it on the date, in the
 * slide's logical frame and 12 px type (scaled up with the frame). Rows that do not fit are left
 * out and counted in a last line ("2 more in the table"), never shrunk or cut.
 */
import type { GovernanceAsAt } from '../../domain/governance';
import { FUNCTION_LABELS, FUNCTION_ORDER, type NameLookup } from '../../domain/governanceText';
import { wrapText } from '../shared/textMetrics';

export interface SlideLine {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  role: 'function' | 'holder' | 'note';
}

export interface PowersSlide {
  width: number;
  height: number;
  lines: SlideLine[];
  /** Rules between rows, at these y. */
  rules: number[];
  /** Functions left out for want of room (in the table). */
  hidden: number;
}

const PAD = 4;
const FONT = 12;
const LINE = 15;
const ROW_GAP = 8;
const NOTE = 20;
const HOLDER_GAP = 5;

export function layoutPowersSlide(
  state: Pick<GovernanceAsAt, 'powers'>,
  name: NameLookup,
  width: number,
  height: number,
): PowersSlide {
  const split = Math.round(width * 0.4);
  const fnWidth = split - PAD - 12;
  const holderX = split;
  const holderWidth = Math.max(1, width - split - PAD);
  const rows = FUNCTION_ORDER.map((fn) => {
    const held = state.powers.filter((p) => p.power.function === fn);
    const holders = held.length
      ? held.map(
          (p) =>
            `${name(p.power.holder)}${p.power.over && p.power.over !== p.power.holder ? `, over ${name(p.power.over)}` : ''}${
              p.status === 'uncertain' ? ' (uncertain)' : ''
            }`,
        )
      : ['No holder recorded'];
    // Each holder's lines, with its offset from the row's first baseline: a holder after another
    // starts a little lower, so two holders never read as one.
    let dy = 0;
    const placed = holders.flatMap((h, k) => {
      if (k > 0) dy += HOLDER_GAP;
      return wrapText(h, holderWidth, FONT).map((text) => {
        const line = { text, dy };
        dy += LINE;
        return line;
      });
    });
    return { fn: wrapText(FUNCTION_LABELS[fn], fnWidth, FONT, 700), holders: placed, height: dy };
  });
  const bottom = height - PAD - NOTE;
  const lines: SlideLine[] = [];
  const rules: number[] = [];
  let y = PAD;
  let hidden = 0;
  for (const row of rows) {
    const h = Math.max(row.fn.length * LINE, row.height);
    if (hidden > 0 || y + h > bottom) {
      hidden++;
      continue;
    }
    const first = y + LINE / 2 + FONT * 0.35;
    row.fn.forEach((text, i) =>
      lines.push({ text, x: PAD, y: first + i * LINE, role: 'function' }),
    );
    row.holders.forEach(({ text, dy }) =>
      lines.push({ text, x: holderX, y: first + dy, role: 'holder' }),
    );
    y += h + ROW_GAP;
    rules.push(y - ROW_GAP / 2);
  }
  rules.pop();
  const held = state.powers.length;
  const note =
    hidden > 0
      ? `${hidden} more ${hidden === 1 ? 'function' : 'functions'} in the table`
      : `${held} ${held === 1 ? 'power' : 'powers'} in force: authorities and sources in the table`;
  lines.push({ text: note, x: PAD, y: height - PAD - 5, role: 'note' });
  return { width, height, lines, rules, hidden };
}
