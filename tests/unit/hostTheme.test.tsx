// theme=auto and the host's scheme (src/embed/hostTheme.ts): only an exact theme message from the
// framing window changes the embed's theme, and only when its address left the theme to "auto".
import { afterEach, describe, expect, it, vi } from 'vitest';
import { followHostTheme, schemeFromMessage } from '../../src/embed/hostTheme';
import { THEME_MESSAGE } from '../../src/lib/embedCode';

describe('schemeFromMessage', () => {
  it.each([
    [{ type: THEME_MESSAGE, scheme: 'dark' }, 'dark'],
    [{ type: THEME_MESSAGE, scheme: 'light' }, 'light'],
    [{ type: THEME_MESSAGE, scheme: 'sepia' }, null],
    [{ type: THEME_MESSAGE, scheme: ['dark'] }, null],
    [{ type: 'northants-csc-embed:height', scheme: 'dark' }, null],
    ['dark', null],
    [null, null],
  ])('%j → %j', (data, scheme) => expect(schemeFromMessage(data)).toBe(scheme));
});

describe('followHostTheme', () => {
  const parent = {} as Window;
  let stop = () => {};
  const root = document.createElement('html');
  const send = (data: unknown, source: unknown = parent) =>
    window.dispatchEvent(new MessageEvent('message', { data, source: source as Window }));

  afterEach(() => {
    stop();
    vi.unstubAllGlobals();
  });

  const framed = (theme: 'auto' | 'light' | 'dark') => {
    vi.stubGlobal('parent', parent);
    root.dataset.theme = theme;
    stop = followHostTheme(theme, root);
  };

  it('takes the host’s scheme for theme=auto, as it changes', () => {
    framed('auto');
    send({ type: THEME_MESSAGE, scheme: 'dark' });
    expect(root.dataset.theme).toBe('dark');
    send({ type: THEME_MESSAGE, scheme: 'light' });
    expect(root.dataset.theme).toBe('light');
  });

  it('ignores the message from any window but its parent, and any other message', () => {
    framed('auto');
    send({ type: THEME_MESSAGE, scheme: 'dark' }, window);
    send({ type: THEME_MESSAGE, scheme: 'purple' });
    expect(root.dataset.theme).toBe('auto');
  });

  it('keeps theme=light or theme=dark whatever the host says', () => {
    framed('light');
    send({ type: THEME_MESSAGE, scheme: 'dark' });
    expect(root.dataset.theme).toBe('light');
  });
});
