// The app names the file, the record and the field of each kind of hand-editing mistake, in the
// same words as npm run validate-data: the loader for a file that breaks its schema, the
// cross-file check for a citation or a body the other files lack.
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { DataView } from '../../src/features/data-view/DataView';
import { dataUrl } from '../msw/handlers';
import { server, serveFixtureData } from '../msw/node';
import { renderScreen } from '../setup/render';
import { DATA_MISTAKES, readJson } from '../fixtures/dataMistakes';

serveFixtureData();

describe('the Data view on a hand-editing mistake', () => {
  it.each(DATA_MISTAKES)('names the file, record and field of a $kind', async ({ file, apply }) => {
    const data = readJson(file);
    const expected = apply(data);
    server.use(http.get(dataUrl(file), () => HttpResponse.json(data)));
    renderScreen(<DataView />, { url: '/data' });
    const line = await screen.findByText(expected, {}, { timeout: 10_000 });
    expect(line.closest('[role="alert"]')).not.toBeNull();
    // Exactly one problem reported: the mistake, nothing else.
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.getAllByRole('alert')[0]!.querySelectorAll('code')).toHaveLength(1);
    // One problem is "this problem", never "these problem".
    expect(screen.getAllByRole('alert')[0]).toHaveTextContent(/\b[Ff]ix this problem\b/);
  });
});
