/**
 * Small records for the timeline's tests: valid shapes with every default filled, overridable per
 * test. Test support only (imported by *.test.ts files).
 */
import type { Inspection, Milestone } from './types';

export function makeInspection(overrides: Partial<Inspection> = {}): Inspection {
  return {
    id: 'insp',
    subject: 'northamptonshire-county-council',
    type: 'sif',
    framework: 'sif',
    title: 'An inspection',
    graded: true,
    fieldwork: { start: '2016-02-08', end: '2016-03-10' },
    published: '2016-04',
    overall: 'requires-improvement',
    area: 'overall',
    judgements: [],
    priorityActions: [],
    inspectors: [],
    dateClaims: [],
    sources: [{ source: 'src', locator: 'p1' }],
    confidence: 'high',
    flags: [],
    ...overrides,
  };
}

export function makeMilestone(overrides: Partial<Milestone> = {}): Milestone {
  return {
    id: 'ms',
    kind: 'letter',
    lane: 'correspondence',
    title: 'A milestone',
    summary: 'Something happened.',
    date: '2018-11-13',
    end: null,
    endStatus: 'none',
    actors: [],
    dateClaims: [],
    sources: [{ source: 'src', locator: 'p1' }],
    confidence: 'high',
    flags: [],
    ...overrides,
  };
}
