// The host page's resize script (public/embed-resize.js), run in jsdom: only a message from the
// embed's own window, from the exact origin of its src, with a height in bounds changes anything.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';

const EMBED_ORIGIN = 'https://charts.example.gov.uk';
const TYPE = 'northants-csc-embed:height';

let frame: HTMLIFrameElement;
let other: HTMLIFrameElement;

function post(
  data: unknown,
  { origin = EMBED_ORIGIN, source }: { origin?: string; source?: Window | null } = {},
) {
  window.dispatchEvent(
    new MessageEvent('message', {
      data,
      origin,
      source: source === undefined ? frame.contentWindow : source,
    }),
  );
}

beforeAll(() => {
  document.body.innerHTML = `
    <iframe id="embed" src="${EMBED_ORIGIN}/embed/timeline/?asAt=2018-11-30" title="Timeline" style="height:720px" data-northants-csc-embed></iframe>
    <iframe id="other" src="https://elsewhere.example/" title="Another frame"></iframe>`;
  frame = document.getElementById('embed') as HTMLIFrameElement;
  other = document.getElementById('other') as HTMLIFrameElement;
  const script = readFileSync(resolve(__dirname, '../../public/embed-resize.js'), 'utf8');
  // The file is a classic script for host pages: run it as one.
  new Function(script)();
});

beforeEach(() => {
  frame.style.height = '720px';
});

describe('embed-resize.js', () => {
  it('resizes the iframe to a height its embed posts', () => {
    post({ type: TYPE, height: 812.4 });
    expect(frame.style.height).toBe('813px');
  });

  type Case = [string, unknown, { source?: 'other' | null; origin?: string }];
  it.each<Case>([
    ['a message from another frame', { type: TYPE, height: 500 }, { source: 'other' }],
    ['a message with no source window', { type: TYPE, height: 500 }, { source: null }],
    [
      'a message from another origin',
      { type: TYPE, height: 500 },
      { origin: 'https://evil.example' },
    ],
    [
      'a message from a look-alike origin',
      { type: TYPE, height: 500 },
      { origin: `${EMBED_ORIGIN}.evil.example` },
    ],
    ['a message from an opaque origin', { type: TYPE, height: 500 }, { origin: 'null' }],
    ['a height of "1e9" (a string)', { type: TYPE, height: '1e9' }, {}],
    ['a height of 1e9', { type: TYPE, height: 1e9 }, {}],
    ['a height of "<svg>"', { type: TYPE, height: '<svg>' }, {}],
    ['a height of Infinity', { type: TYPE, height: Infinity }, {}],
    ['a height of NaN', { type: TYPE, height: Number.NaN }, {}],
    ['a negative height', { type: TYPE, height: -400 }, {}],
    ['a height below 100', { type: TYPE, height: 20 }, {}],
    ['a height above 10,000', { type: TYPE, height: 10_001 }, {}],
    ['a message of another type', { type: 'resize', height: 500 }, {}],
    ['a bare number', 500, {}],
    ['a string', `{"type":"${TYPE}","height":500}`, {}],
    ['null', null, {}],
  ])('ignores %s', (_, data, options) => {
    post(data, {
      origin: options.origin,
      source: options.source === 'other' ? other.contentWindow : options.source,
    });
    expect(frame.style.height).toBe('720px');
  });

  it('ignores a frame that is not marked as an embed, even from its own window and origin', () => {
    other.style.height = '300px';
    post(
      { type: TYPE, height: 500 },
      { source: other.contentWindow, origin: 'https://elsewhere.example' },
    );
    expect(other.style.height).toBe('300px');
  });

  it('accepts the bounds themselves', () => {
    post({ type: TYPE, height: 100 });
    expect(frame.style.height).toBe('100px');
    post({ type: TYPE, height: 10_000 });
    expect(frame.style.height).toBe('10000px');
  });
});

describe('embed-resize.js passing keys on to the host document', () => {
  const KEY = 'northants-csc-embed:key';
  const pressed: { key: string; keyCode: number; shiftKey: boolean }[] = [];
  const listen = (event: KeyboardEvent) =>
    pressed.push({ key: event.key, keyCode: event.keyCode, shiftKey: event.shiftKey });
  beforeEach(() => {
    pressed.length = 0;
    document.addEventListener('keydown', listen);
    return () => document.removeEventListener('keydown', listen);
  });

  it('dispatches a keydown with keyCode (which reveal.js reads) for a navigation key from its embed', () => {
    post({ type: KEY, key: 'ArrowRight', code: 'ArrowRight', shiftKey: false });
    post({ type: KEY, key: ' ', code: 'Space', shiftKey: true });
    expect(pressed).toEqual([
      { key: 'ArrowRight', keyCode: 39, shiftKey: false },
      { key: ' ', keyCode: 32, shiftKey: true },
    ]);
  });

  it.each<[string, unknown, { source?: 'other' | null; origin?: string }]>([
    ['a key that is not a navigation key', { type: KEY, key: 'Enter' }, {}],
    ['a key name that is not a string', { type: KEY, key: 39 }, {}],
    ['a key from another frame', { type: KEY, key: 'ArrowRight' }, { source: 'other' }],
    [
      'a key from another origin',
      { type: KEY, key: 'ArrowRight' },
      { origin: 'https://evil.example' },
    ],
    [
      'a key from an opaque origin when the frame is not sandboxed',
      { type: KEY, key: 'ArrowRight' },
      { origin: 'null' },
    ],
  ])('ignores %s', (_, data, options) => {
    post(data, {
      origin: options.origin,
      source: options.source === 'other' ? other.contentWindow : options.source,
    });
    expect(pressed).toEqual([]);
  });

  it('takes a key, never a height, from its embed sandboxed to an opaque origin', () => {
    frame.setAttribute('sandbox', 'allow-scripts');
    try {
      post({ type: KEY, key: 'PageDown' }, { origin: 'null' });
      post({ type: TYPE, height: 500 }, { origin: 'null' });
      expect(pressed.map((p) => p.key)).toEqual(['PageDown']);
      expect(frame.style.height).toBe('720px');
    } finally {
      frame.removeAttribute('sandbox');
    }
  });
});
