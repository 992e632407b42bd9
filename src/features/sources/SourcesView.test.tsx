import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { readDataFile } from '../../../tests/msw/handlers';
import { server, serveFixtureData } from '../../../tests/msw/node';
import { renderScreen } from '../../../tests/setup/render';
import type { SourcesFile } from '../../domain/types';
import { SourcesView } from './SourcesView';

serveFixtureData();

const sources = readDataFile('sources.json') as SourcesFile;

describe('the Sources view', () => {
  it('lists every source with the records that cite it', async () => {
    renderScreen(<SourcesView />, { url: '/sources' });
    expect(await screen.findByText(`${sources.sources.length} sources.`)).toBeInTheDocument();
    const direction = screen.getByRole('region', {
      name: /^Statutory direction to Northamptonshire County Council/,
    });
    expect(within(direction).getByText(/Cited by \d+ records/)).toBeInTheDocument();
    expect(within(direction).getAllByRole('link')[0]).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/data\?q=/),
    );
  });

  it('links only to https addresses from the data', async () => {
    const hostile = structuredClone(sources);
    hostile.sources[0]!.url = 'javascript:alert(1)';
    server.use(http.get('*/data/sources.json', () => HttpResponse.json(hostile)));
    renderScreen(<SourcesView />, { url: '/sources' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('sources.json: sources[0].url');
    expect(document.querySelector('a[href^="javascript:"]')).toBeNull();
  });
});
