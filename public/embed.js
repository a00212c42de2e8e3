/*
 * German aid dashboard, embed loader. Paste it once, after the iframes it serves:
 *   <iframe src="https://…/embed/aid-totals/" data-german-aid-embed …></iframe>
 *   <script async src="https://…/embed.js"></script>
 * It sets each such iframe to the height of its content, on load and whenever that changes, and
 * hides the blockquote our oEmbed code puts before it (a linked title and credit line, for hosts
 * that run no script) once the frame has answered.
 * It only acts on a message that comes from one of those iframes (event.source) AND from the
 * origin of that iframe's address AND from the site this script was loaded from; anything else
 * (other frames, other sites, malformed data) is ignored. Plain ES2015, no dependencies.
 */
(function () {
  'use strict';
  var HEIGHT = 'german-aid-embed:height';
  var PING = 'german-aid-embed:ping';
  var MAX_HEIGHT = 20000;
  if (window.__germanAidEmbedLoader) return;
  window.__germanAidEmbedLoader = true;

  var script = document.currentScript;
  var home = null;
  try {
    home = script && script.src ? new URL(script.src, location.href).origin : null;
  } catch {
    home = null;
  }

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[data-german-aid-embed]'));
  }

  function originOf(frame) {
    try {
      return new URL(frame.src, location.href).origin;
    } catch {
      return null;
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== HEIGHT) return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height <= 0 || height > MAX_HEIGHT) {
      return;
    }
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (frame.contentWindow !== event.source) continue;
      var origin = originOf(frame);
      if (!origin || event.origin !== origin) return;
      if (home && origin !== home) return;
      frame.style.height = Math.ceil(height) + 'px';
      // The content sets the height, so the frame never needs its own scrollbar.
      frame.setAttribute('scrolling', 'no');
      var fallback = frame.previousElementSibling;
      if (fallback && fallback.hasAttribute('data-german-aid-fallback')) {
        fallback.style.display = 'none';
      }
      return;
    }
  });

  // Frames that loaded before this script ran have already sent their height: ask again. To any
  // origin: a frame still loading holds an empty page of the host's origin, and a message aimed
  // at our origin would throw there ("target origin … does not match"), on the host's console.
  // The ping carries nothing; the answer is checked above.
  function ping() {
    frames().forEach(function (frame) {
      if (frame.contentWindow) frame.contentWindow.postMessage({ type: PING }, '*');
    });
  }
  ping();
  frames().forEach(function (frame) {
    frame.addEventListener('load', ping);
  });
})();
