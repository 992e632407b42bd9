// What a pre-rendered page's state carries: the data files it was drawn from and, for an app page,
// the governance change dates the build worked out (so the browser need not while hydrating).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRoute, ROUTES } from '../../src/app/entry-server';
import { getChangeDates } from '../../src/domain/governance';
import { embedDataFiles, renderEmbed } from '../../src/embed/entry-server';
import { parseDataFile } from '../../src/data/parse';
import { changeDatesQueryKey, dataQueryKey } from '../../src/data/queries';
import type { GovernanceFile } from '../../src/data/schemas';

const readData = (file: string) =>
  JSON.parse(readFileSync(path.join(__dirname, '../../data', file), 'utf8')) as unknown;
const filesFor = (names: readonly string[]) =>
  Object.fromEntries(['meta.json', ...names].map((file) => [file, readData(file)]));

type Dehydrated = { queries: { queryKey: readonly unknown[]; state: { data: unknown } }[] };
const carried = (state: string, key: readonly unknown[]) =>
  (JSON.parse(state) as Dehydrated).queries.find(
    (q) => JSON.stringify(q.queryKey) === JSON.stringify(key),
  )?.state.data;

describe('a pre-rendered page’s state', () => {
  const governance = parseDataFile(
    'governance.json',
    readData('governance.json'),
  ) as GovernanceFile;

  it('carries the governance change dates on an app page that uses the governance file', async () => {
    const home = ROUTES.find((route) => route.path === '/')!;
    const { state } = await renderRoute('/', filesFor(home.data));
    expect(carried(state, dataQueryKey('governance.json'))).toEqual(governance);
    expect(carried(state, changeDatesQueryKey)).toEqual(getChangeDates(governance));
  });

  it('carries none where the page has no governance file, nor on an embed', async () => {
    const accessibility = ROUTES.find((route) => route.path === '/accessibility')!;
    expect(accessibility.data).not.toContain('governance.json');
    expect(
      carried(
        (await renderRoute('/accessibility', filesFor(accessibility.data))).state,
        changeDatesQueryKey,
      ),
    ).toBeUndefined();

    const chart = 'governance';
    const needed = await embedDataFiles(chart);
    expect(needed).toContain('governance.json');
    const files = Object.fromEntries(needed.map((file) => [file, readData(file)]));
    const embed = await renderEmbed(chart, files);
    const keys = (JSON.parse(embed.state) as Dehydrated).queries.map((q) => q.queryKey);
    expect(keys).toContainEqual(dataQueryKey('governance.json'));
    expect(carried(embed.state, changeDatesQueryKey)).toBeUndefined();
  });
});
