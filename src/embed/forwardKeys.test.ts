import { describe, expect, it } from 'vitest';
import { routeKey } from './forwardKeys';

describe('routeKey', () => {
  // Stand-ins for an element: the routing reads only tagName and isContentEditable.
  const div = { tagName: 'DIV', isContentEditable: false } as unknown as EventTarget;
  const input = { tagName: 'INPUT', isContentEditable: false } as unknown as EventTarget;
  const editable = { tagName: 'P', isContentEditable: true } as unknown as EventTarget;

  it.each([
    'ArrowRight',
    'ArrowLeft',
    'ArrowUp',
    'ArrowDown',
    'PageDown',
    'PageUp',
    ' ',
    'Home',
    'End',
    'Escape',
  ])('passes %j to the host when the reader is not interacting', (key) => {
    expect(routeKey({ key, target: div }, false)).toBe('host');
  });

  it('keeps the same keys in the embed while the reader is interacting', () => {
    expect(routeKey({ key: 'ArrowRight', target: div }, true)).toBe('embed');
  });

  it('keeps keys that are not navigation keys, and every key typed into a field', () => {
    expect(routeKey({ key: 'a', target: div }, false)).toBe('embed');
    expect(routeKey({ key: 'Enter', target: div }, false)).toBe('embed');
    expect(routeKey({ key: 'ArrowLeft', target: input }, false)).toBe('embed');
    expect(routeKey({ key: ' ', target: input }, false)).toBe('embed');
    expect(routeKey({ key: 'Home', target: editable }, false)).toBe('embed');
  });
});
