/** Test fixtures: a valid inspection record with only the fields a test cares about set. */
import type { Body, Inspection } from '../../data/schemas';

export function makeInspection(over: Partial<Inspection> & { id: string }): Inspection {
  return {
    subject: 'northamptonshire-county-council',
    type: 'ilacs-standard',
    framework: 'ilacs',
    title: `Inspection ${over.id}`,
    graded: true,
    fieldwork: { start: null, end: null },
    published: null,
    overall: null,
    area: 'overall',
    judgements: [],
    priorityActions: [],
    inspectors: [],
    dateClaims: [],
    sources: [{ source: 'test-source', locator: 'para 1' }],
    confidence: 'high',
    flags: [],
    ...over,
  };
}

export function makeBody(id: string, shortName: string, start: string | null = null): Body {
  return {
    id,
    name: shortName,
    shortName,
    kind: 'council',
    tier: 'local',
    start,
    end: null,
    holders: [],
    sources: [{ source: 'test-source', locator: 'para 1' }],
    confidence: 'high',
    flags: [],
  };
}

export const BODIES: Body[] = [
  makeBody('northamptonshire-county-council', 'County council'),
  makeBody('northamptonshire-childrens-trust', 'The trust (NCT)', '2020-11-01'),
  makeBody('north-northamptonshire-council', 'North Northamptonshire', '2021-04-01'),
  makeBody('west-northamptonshire-council', 'West Northamptonshire', '2021-04-01'),
];
