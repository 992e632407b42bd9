/*
 * Northamptonshire children's social care embeds: resize each embed iframe to fit its chart.
 *
 * Put this after the iframes on the host page:
 *   <script src="https://<the dashboard's address>/embed-resize.js" defer></script>
 * It acts only on iframes marked data-northants-csc-embed. An embed posts its height with
 * postMessage; a message is trusted only if it comes from that iframe's own window, from exactly
 * the origin of the iframe's src, and carries a finite number of pixels between 100 and 10,000.
 * Anything else (another frame, another origin, "1e9", "<svg>") is ignored. Without this script
 * the iframe keeps the fixed height written in its style, which still works.
 *
 * Keys: an embed does not keep the navigation keys it does not use (arrows, Page Up/Down, Space,
 * Home/End, Escape); it posts { type: "northants-csc-embed:key", key, code, shiftKey, altKey,
 * ctrlKey, metaKey }. From a trusted embed (the same checks as for heights) and for those keys
 * only, this script dispatches a matching keydown (with keyCode, which reveal.js reads) on the
 * host document, so a slide deck moves on after a click inside a chart.
 */
/* global window, document, URL, KeyboardEvent */
(function () {
  'use strict';
  var HEIGHT = 'northants-csc-embed:height';
  var REQUEST = 'northants-csc-embed:request-height';
  var MIN_HEIGHT = 100;
  var MAX_HEIGHT = 10000;
  var SELECTOR = 'iframe[data-northants-csc-embed]';
  var KEY = 'northants-csc-embed:key';
  var KEY_CODES = {
    ArrowLeft: 37,
    ArrowUp: 38,
    ArrowRight: 39,
    ArrowDown: 40,
    PageUp: 33,
    PageDown: 34,
    ' ': 32,
    Home: 36,
    End: 35,
    Escape: 27,
  };

  function originOf(frame) {
    try {
      return new URL(frame.getAttribute('src') || '', document.baseURI).origin;
    } catch {
      return null;
    }
  }

  /** The height in a message, or null unless it is exactly what an embed sends. */
  function heightFrom(data) {
    if (data === null || typeof data !== 'object' || data.type !== HEIGHT) return null;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height)) return null;
    if (height < MIN_HEIGHT || height > MAX_HEIGHT) return null;
    return Math.ceil(height);
  }

  /** A keydown like the one pressed in the embed, or null unless the message is exactly a key message. */
  function keyEventFrom(data) {
    if (data === null || typeof data !== 'object' || data.type !== KEY) return null;
    if (typeof data.key !== 'string' || !Object.prototype.hasOwnProperty.call(KEY_CODES, data.key))
      return null;
    var keyCode = KEY_CODES[data.key];
    var event = new KeyboardEvent('keydown', {
      key: data.key,
      code: typeof data.code === 'string' ? data.code : '',
      shiftKey: data.shiftKey === true,
      altKey: data.altKey === true,
      ctrlKey: data.ctrlKey === true,
      metaKey: data.metaKey === true,
      bubbles: true,
      cancelable: true,
    });
    // keyCode and which cannot be set through the constructor; older listeners still read them.
    Object.defineProperty(event, 'keyCode', { value: keyCode });
    Object.defineProperty(event, 'which', { value: keyCode });
    return event;
  }

  /** Sandboxed without allow-same-origin (as WordPress embeds are): its documents have an opaque origin, "null". */
  function isOpaque(frame) {
    var sandbox = frame.getAttribute('sandbox');
    return sandbox !== null && !/(^|\s)allow-same-origin(\s|$)/i.test(sandbox);
  }

  /**
   * The embed iframe that sent a message, if it came from exactly that iframe's origin. For a key
   * (never a height) from a frame sandboxed to an opaque origin, its window is enough: it can only
   * press keys the host would take from the reader anyway.
   */
  function trustedFrame(event, opaqueAllowed) {
    if (!event.source) return null;
    var frames = document.querySelectorAll(SELECTOR);
    for (var i = 0; i < frames.length; i += 1) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin = originOf(frame);
      // "null" (an opaque origin) never equals a real origin, so a sandboxed copy is refused too.
      if (opaqueAllowed && event.origin === 'null' && isOpaque(frame)) return frame;
      if (origin === null || origin === 'null' || event.origin !== origin) return null;
      return frame;
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    var height = heightFrom(event.data);
    var key = height === null ? keyEventFrom(event.data) : null;
    if (height === null && key === null) return;
    var frame = trustedFrame(event, key !== null);
    if (frame === null) return;
    if (height !== null) frame.style.height = height + 'px';
    else document.dispatchEvent(key);
  });

  // An embed posts its height as soon as it renders, perhaps before this script listened: ask
  // again, addressed only to the origin the iframe was given.
  function ask(frame) {
    var origin = originOf(frame);
    if (origin === null || origin === 'null' || !frame.contentWindow) return;
    try {
      frame.contentWindow.postMessage({ type: REQUEST }, origin);
    } catch {
      /* the frame is still on about:blank: its load event will ask again */
    }
  }

  function watch(frame) {
    if (frame.getAttribute('data-northants-csc-embed-watched') !== null) return;
    frame.setAttribute('data-northants-csc-embed-watched', '');
    frame.addEventListener('load', function () {
      ask(frame);
    });
    ask(frame);
  }

  function watchAll() {
    var frames = document.querySelectorAll(SELECTOR);
    for (var i = 0; i < frames.length; i += 1) watch(frames[i]);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watchAll);
  else watchAll();
})();
