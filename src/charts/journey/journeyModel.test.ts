import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPartialDate } from '../../domain/dates';
import { measureText } from '../shared/textMetrics';
import type { GovernanceFile, InspectionsFile } from '../../domain/types';
import {
  describeAsAt,
  describeSpan,
  layoutJourney,
  recordEnd,
  spanId,
  toJourneyModel,
  toRatingSpans,
  toRegimeSpans,
} from './journeyModel';

const read = <T>(file: string) =>
  JSON.parse(readFileSync(resolve(__dirname, '../../../data', file), 'utf8')) as T;
const inspections = read<InspectionsFile>('inspections.json').inspections;
const governance = read<GovernanceFile>('governance.json');
const end = recordEnd(inspections, '2026-07-07');
const model = toJourneyModel(inspections, governance, {
  start: '2012-01-01',
  end,
  asAt: '2019-08-01',
});

describe('the journey model', () => {
  it('steps the overall rating from each publication to the next', () => {
    expect(toRatingSpans(inspections, '2012-01-01', end).map((s) => [s.from, s.label])).toEqual([
      ['2012-01-01', 'No overall rating yet; single areas judged inadequate (2012 to 2013)'],
      ['2016-04-01', 'Requires improvement'],
      ['2019-07-29', 'Inadequate'],
      ['2022-11-25', 'Requires improvement'],
      ['2026-07-07', 'No overall grade (framework gives none)'],
    ]);
  });

  it.each([
    ['mhclg-commissioners', '2018-05-10'],
    ['csc-commissioner', '2018-11-30'],
    ['trust', '2020-11-01'],
    ['unitaries', '2021-04-01'],
    ['dfe-direction', '2013-10-02'],
  ])('%s starts on %s', (lane, from) =>
    expect(model.spans.find((s) => s.lane === lane)?.from).toBe(from),
  );

  it('draws an end that is planned, inferred or not recorded as uncertain, never as certain', () => {
    // The Children's Services Commissioner's end (January 2022) is inferred in the data.
    const csc = model.spans.filter((s) => s.lane === 'csc-commissioner');
    expect(csc.some((s) => !s.certain)).toBe(true);
  });

  it('keeps each start as precise as the record: the 2016 rating is known to the month', () => {
    expect(
      model.spans.find((s) => s.lane === 'rating' && s.label === 'Requires improvement')?.since,
    ).toBe('2016-04');
    for (const s of model.spans) expect(s.from.startsWith(s.since)).toBe(true);
  });

  it('ends at the latest published inspection', () => expect(end).toBe('2026-07-07'));
});

describe('the journey layout', () => {
  it.each([375, 700, 1116])(
    'at %i px, every bar is inside the chart and the rating labels fit their bars',
    (width) => {
      const layout = layoutJourney(model, width);
      for (const bar of layout.bars) {
        expect(bar.x).toBeGreaterThanOrEqual(0);
        expect(bar.x + bar.w).toBeLessThanOrEqual(width + 0.5);
        // Measured in the chart font, bold: the heavier of the weights a bar's words are drawn in.
        if (bar.text) expect(measureText(bar.text, 12, 700) + 6).toBeLessThanOrEqual(bar.w);
      }
      // Row labels never share a line with a bar on a phone, and rows never overlap.
      const ys = layout.rows.map((r) => r.barY);
      for (let i = 1; i < ys.length; i++)
        expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(layout.barHeight);
    },
  );

  // Before the first overall rating (April 2016) the bar is empty but for what Ofsted did judge.
  it.each([
    [1180, 'Areas judged inadequate, 2012–13'],
    [375, 'Areas inadequate'],
  ])('at %i px the years before the first rating say what was judged', (width, words) => {
    const lead = layoutJourney(model, width).bars.find((b) => b.lane === 'rating')!;
    expect(lead.grade).toBeNull();
    expect(lead.text).toBe(words);
  });

  // The as-at line is drawn across every row: a bar's words move past it, or give way.
  it.each(['2013-10-02', '2014-01-01', '2015-06-01', '2017-06-01', '2020-06-01', '2024-01-01'])(
    "as at %s, no bar's words cross the as-at line, at any width",
    (asAt) => {
      const dated = toJourneyModel(inspections, governance, { start: '2012-01-01', end, asAt });
      for (const width of [320, 375, 640, 960, 1180]) {
        const layout = layoutJourney(dated, width);
        for (const bar of layout.bars.filter((b) => b.text)) {
          const right = bar.textX + measureText(bar.text!, 12, 700);
          const crosses = bar.textX - 2 <= layout.asAt.x && layout.asAt.x <= right + 2;
          expect(crosses, `${bar.text} at ${width} px`).toBe(false);
          expect(right + 2).toBeLessThanOrEqual(bar.x + bar.w);
        }
      }
    },
  );

  it('marks the as-at date inside the chart', () => {
    const layout = layoutJourney(model, 375);
    expect(layout.asAt.label).toBe('As at 1 August 2019');
    expect(layout.asAt.x).toBeGreaterThan(0);
    expect(layout.asAt.x).toBeLessThan(375);
  });

  it('names every bar in words, its start at the precision the record gives (keyboard names)', () => {
    const names = model.spans.map((s) => describeSpan(s, model.end));
    expect(names).toContain('Overall rating: inadequate, from 29 July 2019 to 24 November 2022');
    expect(names).toContain(
      'Overall rating: requires improvement, from April 2016 to 28 July 2019',
    );
    expect(names).toContain(
      `Two unitary councils, from 1 April 2021 to ${formatPartialDate(end)} (the record's end)`,
    );
    // A one-day run says its day once.
    expect(names).toContain("Children's Services Commissioner, on 30 November 2018");
    // An uncertain run says so in its name, not only by its dashes.
    for (const s of model.spans.filter((x) => !x.certain))
      expect(describeSpan(s, model.end)).toMatch(/; possibly in force: /);
    // Every bar has its own id, so each is its own stop for the arrow keys.
    expect(new Set(model.spans.map(spanId)).size).toBe(model.spans.length);
    expect(describeAsAt('2019-08-01')).toBe('As at 1 August 2019: the date the page shows');
  });

  it('samples the regime lanes once per governance file and span, whatever the as-at date', () => {
    const a = toRegimeSpans(governance, '2012-01-01', end);
    expect(toRegimeSpans(governance, '2012-01-01', end)).toBe(a);
    const other = toJourneyModel(inspections, governance, {
      start: '2012-01-01',
      end,
      asAt: '2014-03-03',
    });
    expect(other.spans.filter((s) => s.lane !== 'rating')).toEqual([...a]);
    // Another span of years is sampled on its own.
    expect(toRegimeSpans(governance, '2015-01-01', end)).not.toBe(a);
    expect(toRegimeSpans(governance, '2015-01-01', end)[0]!.from >= '2015-01-01').toBe(true);
  });
});
