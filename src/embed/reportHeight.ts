/**
 * The embed tells its host page how tall it is, so the host's resize script (public/
 * embed-resize.js) can fit the iframe to it: on every change of size, and when the host asks.
 * Only a height is sent, never data, so it may go to any parent; the host checks where it came from.
 */
import { useEffect } from 'react';
import { HEIGHT_MESSAGE, HEIGHT_REQUEST } from '../lib/embedCode';

const measure = () => Math.ceil(document.documentElement.getBoundingClientRect().height);

export function useReportHeight(): void {
  useEffect(() => {
    if (window.parent === window) return;
    let last = -1;
    const post = (target: Window, origin: string, force = false) => {
      const height = measure();
      if (!force && height === last) return;
      last = height;
      target.postMessage({ type: HEIGHT_MESSAGE, height }, origin);
    };
    const observer = new ResizeObserver(() => post(window.parent, '*'));
    observer.observe(document.documentElement);
    post(window.parent, '*', true);
    const onMessage = (event: MessageEvent) => {
      const data: unknown = event.data;
      if (event.source !== window.parent || typeof data !== 'object' || data === null) return;
      if ((data as { type?: unknown }).type !== HEIGHT_REQUEST) return;
      post(window.parent, event.origin === 'null' ? '*' : event.origin, true);
    };
    window.addEventListener('message', onMessage);
    return () => {
      observer.disconnect();
      window.removeEventListener('message', onMessage);
    };
  }, []);
}
