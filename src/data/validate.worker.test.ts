// @vitest-environment node
// The validation worker's side of the conversation, run in Node with a stand-in for the worker's
// global scope: the content comes back in slices, and a bad record comes back as an error that
// still names the file, the record and the field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { ValidateAnswer, ValidateRequest } from './validate.worker';

const posted: ValidateAnswer[] = [];
const scope = {
  onmessage: null as ((event: { data: ValidateRequest }) => void) | null,
  postMessage: vi.fn((answer: ValidateAnswer) => posted.push(answer)),
};

beforeAll(async () => {
  vi.stubGlobal('self', scope);
  await import('./validate.worker');
});

const send = (id: number, text: string) => {
  posted.length = 0;
  const bytes = new TextEncoder().encode(text).buffer as ArrayBuffer;
  scope.onmessage!({ data: { id, file: 'milestones.json', bytes } });
  return [...posted];
};
const milestones = () =>
  JSON.parse(readFileSync(join(__dirname, '../../data/milestones.json'), 'utf8')) as {
    milestones: Record<string, unknown>[];
  };

describe('validate.worker', () => {
  it('sends a long list in slices of 500, then the rest of the file', async () => {
    const { ITEMS_PER_MESSAGE } = await import('./validate.worker');
    const file = milestones();
    const first = file.milestones[0]!;
    file.milestones = Array.from({ length: 1_234 }, (_, i) => ({ ...first, id: `m-${i}` }));
    const answers = send(1, JSON.stringify(file));
    const parts = answers.filter((a) => a.ok === 'part');
    expect(parts.map((p) => (p.ok === 'part' ? p.items.length : 0))).toEqual([
      ITEMS_PER_MESSAGE,
      ITEMS_PER_MESSAGE,
      1_234 - 2 * ITEMS_PER_MESSAGE,
    ]);
    const done = answers.at(-1)!;
    expect(done.ok).toBe(true);
    expect(done.id).toBe(1);
    expect((done as { data: { milestones: unknown[] } }).data.milestones).toEqual([]);
  });

  it('names the file, the record and the field of a bad record', () => {
    const file = milestones();
    const bad = file.milestones[3]!;
    bad.date = '2018-02-30';
    const answer = send(2, JSON.stringify(file))[0]!;
    expect(answer.ok).toBe(false);
    if (answer.ok !== false) return;
    expect(answer.error.kind).toBe('schema');
    expect(answer.error.message).toContain('milestones.json');
    expect(answer.error.problems[0]).toMatchObject({
      file: 'milestones.json',
      path: 'milestones[3].date',
      recordId: bad.id,
    });
  });

  it('says a file that is not JSON is not valid JSON', () => {
    const answer = send(3, '{"milestones": [')[0]!;
    expect(answer).toMatchObject({ id: 3, ok: false, error: { kind: 'malformed' } });
    if (answer.ok === false) expect(answer.error.message).toMatch(/^milestones\.json is not valid JSON/);
  });
});
