import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readDataFile } from '../../../tests/msw/handlers';
import { diffOnDay, governanceAsAt } from '../../domain/governance';
import type { GovernanceFile } from '../../domain/types';
import { layoutGovernance } from './layoutGovernance';
import { toDiagramModel } from './toDiagramModel';
import { UnlabelledLines } from './UnlabelledLines';

const real = readDataFile('governance.json') as GovernanceFile;
const day = '2018-11-30';
const placed = layoutGovernance(
  toDiagramModel(real, governanceAsAt(real, day), diffOnDay(real, day)),
  { width: 1180 },
);

describe('UnlabelledLines', () => {
  it('draws nothing when every line has its label in full', () => {
    expect(placed.unlabelled).toEqual([]);
    const { container } = render(<UnlabelledLines placed={placed} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('names each line whose label is not in full, from, verb, to and why it is uncertain', () => {
    const edge = placed.edges.find((e) => e.id.startsWith('secretary-of-state-for-housing'))!;
    expect(edge.note).not.toBeNull();
    render(
      <UnlabelledLines placed={{ ...placed, unlabelled: [{ ...edge, placedLabel: null }] }} />,
    );
    const from = placed.nodes.find((n) => n.id === edge.from)!.label;
    const to = placed.nodes.find((n) => n.id === edge.to)!.label;
    expect(screen.getByRole('listitem')).toHaveTextContent(
      `${from} ${edge.verb} ${to} (${edge.note})`,
    );
    expect(screen.getByText(/not in full on the diagram/)).toBeInTheDocument();
  });
});
