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
 *
 * Theme: this script tells each embed the host page's colour scheme, { type:
 * "northants-csc-embed:theme", scheme: "light" | "dark" }, when the iframe loads and whenever the
 * scheme changes. The scheme is the host's own `color-scheme` (on its root element, or its
 * <meta name="color-scheme">) where it is light or dark alone; otherwise (none, or "light dark")
 * the reader's prefers-color-scheme. An embed with theme=auto (the default) follows it; theme=light
 * or theme=dark keeps its own. Only a scheme is sent, so it goes to sandboxed (opaque) frames too.
 */
/* global window, document, URL, KeyboardEvent, MutationObserver */
(function () {
  'use strict';
  var HEIGHT = 'northants-csc-embed:height';
  var REQUEST = 'northants-csc-embed:request-height';
  var MIN_HEIGHT = 100;
  var MAX_HEIGHT = 10000;
  var SELECTOR = 'iframe[data-northants-csc-embed]';
  var KEY = 'northants-csc-embed:key';
  var THEME = 'northants-csc-embed:theme';
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

  /** "light" or "dark" alone, from a color-scheme value; null for "normal" or "light dark". */
  function onlyScheme(value) {
    var words = String(value || '')
      .toLowerCase()
      .split(/\s+/)
      .filter(function (word) {
        return word === 'light' || word === 'dark';
      });
    return words.length === 1 ? words[0] : null;
  }

  /** The host page's colour scheme: its own declaration if it has one, else the reader's. */
  function hostScheme() {
    var root = document.documentElement;
    var declared = onlyScheme(window.getComputedStyle(root).colorScheme);
    if (declared === null) {
      var meta = document.querySelector('meta[name="color-scheme"]');
      declared = meta ? onlyScheme(meta.getAttribute('content')) : null;
    }
    if (declared !== null) return declared;
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches
      ? 'dark'
      : 'light';
  }

  function tellTheme(frame) {
    var origin = originOf(frame);
    if (origin === null || !frame.contentWindow) return;
    // A sandboxed frame's origin is opaque: only "*" reaches it (a scheme is no secret).
    var target = isOpaque(frame) || origin === 'null' ? '*' : origin;
    try {
      frame.contentWindow.postMessage({ type: THEME, scheme: hostScheme() }, target);
    } catch {
      /* the frame is still on about:blank: its load event will tell it again */
    }
  }

  var lastScheme = null;
  function themeChanged() {
    var scheme = hostScheme();
    if (scheme === lastScheme) return;
    lastScheme = scheme;
    var frames = document.querySelectorAll(SELECTOR);
    for (var i = 0; i < frames.length; i += 1) tellTheme(frames[i]);
  }

  function watch(frame) {
    if (frame.getAttribute('data-northants-csc-embed-watched') !== null) return;
    frame.setAttribute('data-northants-csc-embed-watched', '');
    frame.addEventListener('load', function () {
      ask(frame);
      tellTheme(frame);
    });
    ask(frame);
    tellTheme(frame);
  }

  function watchAll() {
    var frames = document.querySelectorAll(SELECTOR);
    for (var i = 0; i < frames.length; i += 1) watch(frames[i]);
  }

  function start() {
    watchAll();
    lastScheme = hostScheme();
    // The reader's setting, and the host's own switch (a class or attribute on <html> or <body>,
    // or its color-scheme meta) that changes the declared scheme.
    if (window.matchMedia) {
      var query = window.matchMedia('(prefers-color-scheme: dark)');
      if (query.addEventListener) query.addEventListener('change', themeChanged);
      else if (query.addListener) query.addListener(themeChanged);
    }
    if (typeof MutationObserver === 'function') {
      var observer = new MutationObserver(themeChanged);
      var options = { attributes: true, attributeFilter: ['class', 'style', 'data-theme'] };
      observer.observe(document.documentElement, options);
      if (document.body) observer.observe(document.body, options);
      observer.observe(document.head, { attributes: true, childList: true, subtree: true });
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
