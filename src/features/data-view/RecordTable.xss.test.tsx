import { render } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Router } from 'wouter';
import { toRecordRows } from '../../domain/records';
import type { Milestone } from '../../domain/types';
import { RecordTable } from './RecordTable';

const HOSTILE = [
  '<script>window.__xss = 1</script>',
  '<img src=x onerror="window.__xss = 1">',
  '"><svg onload="window.__xss = 1">',
  'javascript:window.__xss = 1',
  "'; window.__xss = 1; '",
  '{{constructor.constructor("window.__xss = 1")()}}',
];

const text = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ minLength: 1 }).map((s) => `${s} ${HOSTILE[0]}`),
);

const milestone = (title: string, summary: string, locator: string, note: string): Milestone => ({
  id: 'm1',
  kind: 'letter',
  lane: 'correspondence',
  title,
  summary,
  date: '2018-11-02',
  end: null,
  endStatus: 'none',
  actors: [],
  dateClaims: [],
  sources: [{ source: 'javascript:alert(1)', locator }],
  confidence: 'high',
  flags: [{ kind: 'conflict', field: 'date', message: note, sources: [{ source: 's', locator }] }],
  notes: note,
});

declare global {
  interface Window {
    __xss?: number;
  }
}

describe('record strings holding markup or script', () => {
  it('render as text: no element, handler or javascript: link comes from data', () => {
    fc.assert(
      fc.property(text, text, text, text, (title, summary, locator, note) => {
        const rows = toRecordRows({
          milestones: { milestones: [milestone(title, summary, locator, note)] },
        });
        const { container, unmount } = render(
          <Router>
            <RecordTable
              rows={rows}
              sourceTitles={new Map()}
              sortKey="date"
              direction="ascending"
              onSort={() => {}}
            />
          </Router>,
        );
        try {
          expect(container.querySelector('script, img, svg, iframe')).toBeNull();
          for (const element of container.querySelectorAll('*')) {
            for (const attribute of element.getAttributeNames())
              expect(attribute.startsWith('on')).toBe(false);
          }
          for (const link of container.querySelectorAll('a')) {
            expect(link.getAttribute('href')).not.toMatch(/^\s*javascript:/i);
          }
          expect(container.textContent).toContain(title);
          expect(window.__xss).toBeUndefined();
        } finally {
          unmount();
        }
      }),
      { numRuns: 60 },
    );
  });
});
