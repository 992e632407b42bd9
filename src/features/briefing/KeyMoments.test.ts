// Issue 20: a minister can jump to the key moments of 2013–2021, each direction and each
// inspection, and a moment is never shown earlier than its record allows.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getKnownFrom } from '../../domain/briefing';
import { getPrecision } from '../../domain/dates';
import type { GovernanceFile, InspectionsFile, MilestonesFile } from '../../domain/types';
import { getKeyMoments } from './KeyMoments';

const read = <T>(file: string) =>
  JSON.parse(readFileSync(resolve(__dirname, '../../../data', file), 'utf8')) as T;
const data = {
  inspections: read<InspectionsFile>('inspections.json').inspections,
  milestones: read<MilestonesFile>('milestones.json').milestones,
  governance: read<GovernanceFile>('governance.json'),
};
const moments = getKeyMoments(data);

describe('the key moments, 2013 to 2021', () => {
  it('lists every direction and every published inspection of those years known to the day or month', () => {
    const inRange = (d: string | null) => d !== null && d >= '2013' && d < '2022';
    const expected = [
      ...data.milestones
        .filter((m) => m.kind === 'direction' && inRange(m.date))
        .map((m) => m.date),
      ...data.inspections.map(getKnownFrom).filter(inRange),
    ].filter((d) => getPrecision(d!) !== 'year');
    expect(moments.map((m) => m.date).sort()).toEqual(expected.sort());
  });

  it('includes the first overall rating, published in April 2016, shown as at 30 April 2016', () => {
    const sif = moments.find((m) => m.date === '2016-04');
    expect(sif?.asAt).toBe('2016-04-30');
    expect(sif?.label).toMatch(/^Ofsted: /);
  });

  it('shows a moment known to the day on that day, and one known to the month on its last day', () => {
    for (const m of moments) {
      if (getPrecision(m.date) === 'day') expect(m.asAt).toBe(m.date);
      else {
        expect(m.asAt.startsWith(m.date)).toBe(true);
        const next = new Date(`${m.asAt}T00:00:00Z`);
        next.setUTCDate(next.getUTCDate() + 1);
        expect(next.toISOString().slice(0, 7), m.date).not.toBe(m.date);
      }
    }
  });

  it('is in date order, 2 October 2013 (the first direction) among them', () => {
    const days = moments.map((m) => m.asAt);
    expect(days).toEqual([...days].sort());
    expect(days).toContain('2013-10-02');
    expect(days.every((d) => d >= '2013-01-01' && d <= '2021-12-31')).toBe(true);
  });
});
