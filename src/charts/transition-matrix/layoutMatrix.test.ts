import { describe, expect, it } from 'vitest';
import type { TransitionMatrix } from '../../domain/nationalMatrix';
import { layoutMatrix } from './layoutMatrix';

const ref = (name: string, focus = false, neighbour = false) => ({
  urn: name,
  name,
  laCode: null,
  region: null,
  focus,
  neighbour,
});
const matrix: TransitionMatrix = {
  fromRound: 1,
  toRound: 2,
  judgement: 'overall',
  categories: ['good', 'unknown'],
  cells: [
    { from: 'good', to: 'good', authorities: [ref('A'), ref('B', true)] },
    { from: 'good', to: 'unknown', authorities: [] },
    { from: 'unknown', to: 'good', authorities: [ref('C', false, true)] },
    { from: 'unknown', to: 'unknown', authorities: [] },
  ],
  total: 3,
  noFromRound: [],
  noToRound: [],
};

describe('layoutMatrix', () => {
  it('places cells row by row, shares by count and counts highlighted authorities', () => {
    const placed = layoutMatrix(matrix, { width: 400 });
    expect(placed.cells.map((c) => [c.id, c.share, c.focusCount, c.neighbourCount])).toEqual([
      ['good.good', 1, 1, 0],
      ['good.unknown', 0, 0, 0],
      ['unknown.good', 0.5, 0, 1],
      ['unknown.unknown', 0, 0, 0],
    ]);
    expect(placed.cells[1]!.x).toBeGreaterThan(placed.cells[0]!.x);
    expect(placed.cells[2]!.y).toBeGreaterThan(placed.cells[0]!.y);
  });

  it('keeps every cell at least 34 px (a 24 px target and its count) on a narrow screen', () => {
    const placed = layoutMatrix(
      {
        ...matrix,
        categories: [
          'outstanding',
          'good',
          'requires-improvement',
          'inadequate',
          'not-reported',
          'unknown',
        ],
      },
      { width: 280 },
    );
    expect(placed.size).toBeGreaterThanOrEqual(34);
  });
});
