/*
 * Tieline host script: include it once on a page that embeds Tieline in an <iframe data-tieline>.
 * It resizes each such frame to its content and exposes window.Tieline:
 *
 *   const view = Tieline.connect(document.querySelector('iframe[data-tieline]'));
 *   view.setTime({ to: '2024-12-09' });                     // or { from, to, mode: 'window' }
 *   view.select({ actor: 'qatar' });                        // or { event: 'doha-meeting-2024' }, or {}
 *   view.on('select', (message) => console.log(message.actor, message.event));
 *   view.on('timechange', (message) => console.log(message.from, message.to, message.mode));
 *   view.setChapter(3);                                     // the story at chapter 3 (from 1); null leaves it
 *   view.on('chapterchange', (message) => console.log(message.chapter, message.chapters, message.title));
 *
 * Messages are accepted only from the frames' own windows, and only with the documented types.
 */
(function () {
  'use strict';
  if (window.Tieline) return;
  var listeners = [];

  function frameOf(source) {
    var frames = document.querySelectorAll('iframe[data-tieline]');
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    var frame = frameOf(event.source);
    var data = event.data;
    if (!frame || typeof data !== 'object' || data === null || typeof data.type !== 'string') return;
    if (data.type === 'tieline:resize' && typeof data.height === 'number' && isFinite(data.height) && data.height > 0) {
      frame.style.height = Math.ceil(Math.min(data.height, 20000)) + 'px';
    }
    for (var j = 0; j < listeners.length; j += 1) {
      var listener = listeners[j];
      if (listener.frame === frame && 'tieline:' + listener.name === data.type) listener.callback(data);
    }
  });

  function targetOrigin(frame) {
    try {
      return new URL(frame.src, window.location.href).origin;
    } catch {
      return '*';
    }
  }

  window.Tieline = {
    connect: function (frame) {
      function send(message) {
        if (frame.contentWindow) frame.contentWindow.postMessage(message, targetOrigin(frame));
      }
      return {
        setTime: function (range) {
          var message = { type: 'tieline:set-time', to: range.to };
          if (range.from) message.from = range.from;
          if (range.mode) message.mode = range.mode;
          send(message);
        },
        select: function (selection) {
          var message = { type: 'tieline:select' };
          if (selection && selection.actor) message.actor = selection.actor;
          else if (selection && selection.event) message.event = selection.event;
          send(message);
        },
        setChapter: function (chapter) {
          send({ type: 'tieline:set-chapter', chapter: chapter === null ? null : Number(chapter) });
        },
        on: function (name, callback) {
          listeners.push({ frame: frame, name: name, callback: callback });
        },
      };
    },
  };
})();
