import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDataFile } from '../../tests/msw/handlers';
import { NATIONAL_CATEGORIES } from './ordinalScale';
import {
  makeRoundFlows,
  toNationalMovement,
  toRoundFlowGraph,
  type RoundSequence,
} from './roundFlows';
import type { NationalFile, NationalGrade } from './types';

const national = readDataFile('national.json') as NationalFile;
const ref = (urn: string) => ({
  urn,
  name: urn,
  laCode: null,
  region: null,
  focus: false,
  neighbour: false,
});

describe('report-by-report flows', () => {
  it('groups authorities by grade in each report and by move between successive reports', () => {
    const graph = toRoundFlowGraph([
      { ref: ref('a'), grades: ['good', 'outstanding', 'good'] },
      { ref: ref('b'), grades: ['good', 'outstanding'] },
      { ref: ref('c'), grades: ['unknown'] },
    ]);
    expect(graph.rounds).toBe(3);
    expect(graph.total).toBe(3);
    expect(graph.nodes.map((n) => [n.id, n.authorities.length])).toEqual([
      ['r1.good', 2],
      ['r1.unknown', 1],
      ['r2.outstanding', 2],
      ['r3.good', 1],
    ]);
    expect(graph.links.map((l) => [l.id, l.movement, l.authorities.map((a) => a.urn)])).toEqual([
      ['r1.good.outstanding', 'rose', ['a', 'b']],
      ['r2.outstanding.good', 'fell', ['a']],
    ]);
  });

  it('never compares what is not a grade', () => {
    expect(toNationalMovement('good', 'good')).toBe('stayed');
    expect(toNationalMovement('inadequate', 'requires-improvement')).toBe('rose');
    expect(toNationalMovement('unknown', 'good')).toBe('unknown');
    expect(toNationalMovement('good', 'not-reported')).toBe('unknown');
    expect(toNationalMovement('not-applicable', 'good')).toBe('unknown');
  });

  it('loses and invents no one: each column holds every authority with that many reports, each move every authority with the next', () => {
    const grade = fc.constantFrom<NationalGrade>(...NATIONAL_CATEGORIES);
    const sequences = fc
      .array(fc.array(grade, { maxLength: 7 }), { maxLength: 40 })
      .map((all) => all.map((grades, i): RoundSequence => ({ ref: ref(`la-${i}`), grades })));
    fc.assert(
      fc.property(sequences, (seqs) => {
        const graph = toRoundFlowGraph(seqs);
        for (let r = 1; r <= graph.rounds; r++) {
          const inColumn = graph.nodes
            .filter((n) => n.round === r)
            .reduce((s, n) => s + n.authorities.length, 0);
          expect(inColumn).toBe(seqs.filter((s) => s.grades.length >= r).length);
          const moving = graph.links
            .filter((l) => l.round === r)
            .reduce((s, l) => s + l.authorities.length, 0);
          expect(moving).toBe(seqs.filter((s) => s.grades.length > r).length);
        }
        expect(graph.total).toBe(seqs.filter((s) => s.grades.length > 0).length);
      }),
      { numRuns: 200 },
    );
  });

  it('counts the national file directly: the authorities whose report 2 was good and report 3 outstanding', () => {
    const graph = makeRoundFlows(national, 'overall');
    const byUrn = new Map<string, string[]>();
    for (const i of [...national.inspections].sort(
      (a, b) =>
        (a.published ?? '9').localeCompare(b.published ?? '9') ||
        (a.link ?? '').localeCompare(b.link ?? ''),
    ))
      byUrn.set(i.urn, [...(byUrn.get(i.urn) ?? []), i.overall]);
    const direct = [...byUrn.values()].filter(
      (g) => g[1] === 'good' && g[2] === 'outstanding',
    ).length;
    expect(direct).toBeGreaterThan(0);
    expect(graph.links.find((l) => l.id === 'r2.good.outstanding')?.authorities).toHaveLength(
      direct,
    );
    expect(graph.total).toBe(byUrn.size);
    // North and West Northamptonshire are marked wherever they go.
    const marked = graph.links.filter((l) => l.authorities.some((a) => a.focus));
    expect(marked.length).toBeGreaterThan(0);
  });
});
