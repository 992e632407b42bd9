/**
 * Keys belong to the deck: an embed in a slide deck or an article never swallows the navigation
 * keys it does not use. Until the reader explicitly starts interacting with the chart (Tab or
 * Enter: the keyboard way in), an arrow, Page Up/Down, Space, Home/End or Escape pressed inside the
 * embed — say after a click on the chart — is not acted on here but posted to the host page, whose
 * resize script (public/embed-resize.js) dispatches it there: reveal.js moves to the next slide.
 *
 * "Interacting" starts with Tab or Enter and ends with Escape (that Escape stays in the embed) or
 * a pointer press; while interacting, the chart's own keys (arrows to move between events, Home/
 * End) work as on the page. Keys typed into a form field always stay in the embed. Only the key's
 * name and modifiers are posted, never data, so they may go to any parent.
 */
import { useEffect } from 'react';
import { HOST_KEYS, KEY_MESSAGE } from '../lib/embedCode';

export interface KeyMessage {
  type: typeof KEY_MESSAGE;
  key: string;
  code: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** A form field or editable text: where keys are typed, not navigation (duck-typed, for pure tests). */
const isField = (target: EventTarget | null): boolean => {
  const element = target as { tagName?: unknown; isContentEditable?: unknown } | null;
  if (element === null || typeof element !== 'object') return false;
  return (
    element.isContentEditable === true ||
    (typeof element.tagName === 'string' && /^(INPUT|SELECT|TEXTAREA)$/i.test(element.tagName))
  );
};

/** What to do with a keydown: keep it in the embed, or pass it to the host. Pure, for tests. */
export function routeKey(
  event: Pick<KeyboardEvent, 'key' | 'target'>,
  interacting: boolean,
): 'embed' | 'host' {
  if (interacting || isField(event.target)) return 'embed';
  return HOST_KEYS.includes(event.key) ? 'host' : 'embed';
}

export function useForwardKeys(): void {
  useEffect(() => {
    if (window.parent === window) return;
    let interacting = false;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Tab' || event.key === 'Enter') {
        interacting = true;
        return;
      }
      if (interacting && event.key === 'Escape') {
        interacting = false;
        return;
      }
      if (routeKey(event, interacting) === 'embed') return;
      // Capture phase on the window: the chart never sees it, and the embed does not scroll.
      event.preventDefault();
      event.stopImmediatePropagation();
      const message: KeyMessage = {
        type: KEY_MESSAGE,
        key: event.key,
        code: event.code,
        shiftKey: event.shiftKey,
        altKey: event.altKey,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
      };
      window.parent.postMessage(message, '*');
    };
    const onPointerDown = () => {
      interacting = false;
    };
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('pointerdown', onPointerDown, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('pointerdown', onPointerDown, true);
    };
  }, []);
}
