// src/app/main.tsx: a pre-rendered page's governance change dates are worked out before React
// hydrates it, in a task of their own, not inside a step of hydration React cannot split.
import { dehydrate, type QueryClient } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { changeDatesQueryKey, governanceQuery, makeQueryClient } from '../../src/data/queries';
import type { GovernanceFile } from '../../src/data/schemas';
import type * as Governance from '../../src/domain/governance';

const calls: string[] = [];
vi.mock('react-dom/client', () => ({
  hydrateRoot: vi.fn(() => void calls.push('hydrateRoot')),
  createRoot: vi.fn(() => ({ render: () => void calls.push('createRoot') })),
}));
vi.mock('../../src/domain/governance', async (importOriginal) => {
  const actual = await importOriginal<typeof Governance>();
  return {
    ...actual,
    getChangeDates: vi.fn(
      (file: unknown) => (calls.push('getChangeDates'), actual.getChangeDates(file as never)),
    ),
  };
});
vi.mock('../../src/app/App', () => ({ App: () => null, preloadRoute: () => Promise.resolve() }));

const governance = JSON.parse(
  readFileSync(path.join(__dirname, '../../data/governance.json'), 'utf8'),
) as GovernanceFile;

function stateWith(files: { governance?: GovernanceFile; changeDates?: unknown }) {
  const client = makeQueryClient();
  if (files.governance) client.setQueryData(governanceQuery().queryKey, files.governance);
  if (files.changeDates) client.setQueryData(changeDatesQueryKey, files.changeDates);
  return dehydrate(client);
}

describe('start (main.tsx)', () => {
  it('works out the change dates of the page’s governance file before hydrating', async () => {
    calls.length = 0;
    document.body.innerHTML = '<div id="root"><p>Pre-rendered</p></div>';
    const { getChangeDates } = await import('../../src/domain/governance');
    const { start } = await import('../../src/app/main');
    await start(Promise.resolve(stateWith({ governance })));
    expect(calls).toEqual(['getChangeDates', 'hydrateRoot']);
    expect(vi.mocked(getChangeDates).mock.calls[0]![0]).toEqual(governance);
  });

  it('takes the change dates the build worked out from the page’s state, and works out none', async () => {
    calls.length = 0;
    document.body.innerHTML = '<div id="root"><p>Pre-rendered</p></div>';
    // Not the real dates, to tell them from any worked out here.
    const carried = [
      { date: '2018-11-30', stated: '2018-11-30', label: '30 November 2018: 1 change' },
    ];
    const { getChangeDates } = await import('../../src/domain/governance');
    const { start } = await import('../../src/app/main');
    const state = stateWith({ governance: structuredClone(governance), changeDates: carried });
    await start(Promise.resolve(state));
    expect(calls).toEqual(['hydrateRoot']);
    // The file the app hydrated with answers with the carried dates.
    const { hydrateRoot } = await import('react-dom/client');
    const app = vi.mocked(hydrateRoot).mock.calls.at(-1)![1] as ReactElement<{
      children: ReactElement<{ client: QueryClient }>;
    }>;
    const file = app.props.children.props.client.getQueryData<GovernanceFile>(
      governanceQuery().queryKey,
    )!;
    expect(getChangeDates(file)).toEqual(carried);
  });

  it('works the change dates out itself when the state’s are not a list of dates', async () => {
    calls.length = 0;
    document.body.innerHTML = '<div id="root"><p>Pre-rendered</p></div>';
    const { start } = await import('../../src/app/main');
    await start(
      Promise.resolve(
        stateWith({ governance: structuredClone(governance), changeDates: [{ date: 2018 }] }),
      ),
    );
    expect(calls).toEqual(['getChangeDates', 'hydrateRoot']);
  });

  it('hydrates without it when the page has no governance file', async () => {
    calls.length = 0;
    document.body.innerHTML = '<div id="root"><p>Pre-rendered</p></div>';
    const { start } = await import('../../src/app/main');
    await start(Promise.resolve(stateWith({})));
    expect(calls).toEqual(['hydrateRoot']);
  });
});
