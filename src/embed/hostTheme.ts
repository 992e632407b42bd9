/**
 * theme=auto follows the host page: the resize script (public/embed-resize.js) tells the embed the
 * host's colour scheme, and the embed takes it, as it changes. Without the script the reader's
 * own prefers-color-scheme still applies (src/app/_theme.scss); theme=light or theme=dark on the
 * embed's address fixes the theme whatever the host says.
 */
import { THEME_MESSAGE, type EmbedTheme } from '../lib/embedCode';

/** The scheme in a message, or null unless it is exactly a theme message. */
export function schemeFromMessage(data: unknown): 'light' | 'dark' | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, scheme } = data as { type?: unknown; scheme?: unknown };
  if (type !== THEME_MESSAGE) return null;
  return scheme === 'light' || scheme === 'dark' ? scheme : null;
}

/**
 * From now on, set the page's theme to the host's scheme when the host sends it. Only for
 * theme=auto, and only from the window that frames this one (a theme changes nothing but colours,
 * so any origin may send it: a sandboxed host frame's is opaque anyway).
 */
export function followHostTheme(theme: EmbedTheme, root: HTMLElement = document.documentElement) {
  if (theme !== 'auto' || window.parent === window) return () => {};
  const onMessage = (event: MessageEvent) => {
    if (event.source !== window.parent) return;
    const scheme = schemeFromMessage(event.data);
    if (scheme) root.dataset.theme = scheme;
  };
  window.addEventListener('message', onMessage);
  return () => window.removeEventListener('message', onMessage);
}
