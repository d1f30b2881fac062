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
 * The script may load before or after the frames. Each side says { type: 'tieline:hello' } when it
 * arrives, and the script answers a frame's hello with its own: either way the frame learns that it
 * is sized by this page, and answers with its height. Commands given before a frame is ready wait,
 * and are sent in order once it says { type: 'tieline:ready' }; a later command replaces the one of
 * the same kind still waiting (the latest time, the latest selection), as the frame itself does
 * with a burst of commands.
 *
 * Messages are accepted only from the frames' own windows, and only with the documented types.
 */
(function () {
  'use strict';
  if (window.Tieline) return;
  var listeners = [];
  // Per frame: whether it takes commands yet, and the commands waiting until it does.
  var states = new Map();
  var connected = [];

  function stateOf(frame) {
    var state = states.get(frame);
    if (!state) {
      state = { ready: false, queue: [] };
      states.set(frame, state);
    }
    return state;
  }

  function tielineFrames() {
    var frames = Array.prototype.slice.call(document.querySelectorAll('iframe[data-tieline]'));
    for (var i = 0; i < connected.length; i += 1) {
      if (frames.indexOf(connected[i]) === -1) frames.push(connected[i]);
    }
    return frames;
  }

  function frameOf(source) {
    var frames = tielineFrames();
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  function targetOrigin(frame) {
    // A frame sandboxed without allow-same-origin has an opaque origin ("null"), which no origin
    // names: only "*" reaches it. Nothing the page sends is private.
    if (frame.hasAttribute('sandbox') && !(frame.sandbox && frame.sandbox.contains('allow-same-origin'))) return '*';
    try {
      return new URL(frame.src, window.location.href).origin;
    } catch {
      return '*';
    }
  }

  function post(frame, message) {
    if (frame.contentWindow) frame.contentWindow.postMessage(message, targetOrigin(frame));
  }

  function greet(frame) {
    post(frame, { type: 'tieline:hello' });
  }

  function flush(frame) {
    var state = stateOf(frame);
    state.ready = true;
    var queue = state.queue;
    state.queue = [];
    for (var i = 0; i < queue.length; i += 1) post(frame, queue[i]);
  }

  function send(frame, message) {
    var state = stateOf(frame);
    if (state.ready) {
      post(frame, message);
      return;
    }
    // Waiting: a later command of the same kind supersedes the earlier one. Fields a later time
    // command leaves out keep the earlier one's values, as if both had been applied.
    var kept = [];
    var merged = message;
    for (var i = 0; i < state.queue.length; i += 1) {
      var waiting = state.queue[i];
      if (waiting.type !== message.type) kept.push(waiting);
      else if (message.type === 'tieline:set-time') merged = Object.assign({}, waiting, message);
    }
    kept.push(merged);
    state.queue = kept;
  }

  function scrollIntoView(frame, top, height) {
    var box = frame.getBoundingClientRect();
    var margin = 8;
    var start = box.top + top;
    var end = start + height;
    var delta = 0;
    if (start < margin) delta = start - margin;
    else if (end > window.innerHeight - margin) delta = Math.min(end - window.innerHeight + margin, start - margin);
    if (delta === 0) return;
    var reduced = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    window.scrollBy({ top: delta, behavior: reduced ? 'auto' : 'smooth' });
  }

  function isLength(value) {
    return typeof value === 'number' && isFinite(value) && value >= 0 && value <= 20000;
  }

  window.addEventListener('message', function (event) {
    var frame = frameOf(event.source);
    var data = event.data;
    if (!frame || typeof data !== 'object' || data === null || typeof data.type !== 'string') return;
    if (data.type === 'tieline:hello') {
      // A new page in the frame (a first load or a reload): commands wait for its "ready".
      stateOf(frame).ready = false;
      greet(frame);
    }
    if (data.type === 'tieline:ready') flush(frame);
    if (data.type === 'tieline:resize' && isLength(data.height) && data.height > 0) {
      frame.style.height = Math.ceil(data.height) + 'px';
    }
    if (data.type === 'tieline:scroll-into-view' && isLength(data.top) && isLength(data.height)) {
      scrollIntoView(frame, data.top, data.height);
    }
    for (var j = 0; j < listeners.length; j += 1) {
      var listener = listeners[j];
      if (listener.frame === frame && 'tieline:' + listener.name === data.type) listener.callback(data);
    }
  });

  // Frames that started before this script said hello to nobody: greet them; each answers with its
  // height, and with "ready" once it takes commands.
  var existing = tielineFrames();
  for (var k = 0; k < existing.length; k += 1) greet(existing[k]);

  window.Tieline = {
    connect: function (frame) {
      if (connected.indexOf(frame) === -1 && !frame.hasAttribute('data-tieline')) {
        connected.push(frame);
        greet(frame);
      }
      return {
        setTime: function (range) {
          var message = { type: 'tieline:set-time', to: range.to };
          if (range.from) message.from = range.from;
          if (range.mode) message.mode = range.mode;
          send(frame, message);
        },
        select: function (selection) {
          var message = { type: 'tieline:select' };
          if (selection && selection.actor) message.actor = selection.actor;
          else if (selection && selection.event) message.event = selection.event;
          send(frame, message);
        },
        setChapter: function (chapter) {
          send(frame, { type: 'tieline:set-chapter', chapter: chapter === null ? null : Number(chapter) });
        },
        on: function (name, callback) {
          listeners.push({ frame: frame, name: name, callback: callback });
        },
      };
    },
  };
})();
