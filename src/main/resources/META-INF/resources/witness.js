// Witness: drag and drop for ordered lists. Every list that can be dragged also has buttons
// (move up / move down) that do the same by keyboard; this only adds the mouse and touch way.
//
// A container marked data-sortable="group" holds items marked data-move="URL". Dropping an item
// POSTs position (1-based) and, when the container has data-parent-field, the container's
// data-parent (e.g. scene=orenburg-arrest) to the item's URL, and swaps the answer into the
// container's data-target.
//
// Every write htmx makes carries the page's CSRF token in a header (see the listener below).
(function () {
  function initialise(root) {
    if (typeof Sortable === 'undefined') {
      return;
    }
    root.querySelectorAll('[data-sortable]').forEach(function (list) {
      if (list.sortableReady) {
        return;
      }
      list.sortableReady = true;
      Sortable.create(list, {
        group: list.dataset.sortable,
        // Every list of the app runs top to bottom: said, not guessed from the widths of its first items.
        direction: 'vertical',
        handle: '.drag-handle',
        draggable: '[data-move]',
        animation: 150,
        onEnd: function (event) {
          if (event.from === event.to && event.oldDraggableIndex === event.newDraggableIndex) {
            return;
          }
          // From the stripboard to the stripboard: its order is the shot list's, so nothing is sent.
          if (event.to.dataset.parentField && !event.to.dataset.parent && !event.from.dataset.parent) {
            return;
          }
          var values = { position: event.newDraggableIndex + 1 };
          var to = event.to;
          if (to.dataset.parentField) {
            values[to.dataset.parentField] = to.dataset.parent;
          }
          htmx.ajax('POST', event.item.dataset.move, {
            values: values, target: to.dataset.target, swap: 'outerHTML'
          });
        }
      });
    });
  }
  // Writes made by htmx (a button's hx-post, a drag and drop) carry the page's CSRF token in a header;
  // forms also carry it as a field.
  document.addEventListener('htmx:configRequest', function (event) {
    var meta = document.querySelector('meta[name="csrf-token"]');
    if (meta && event.detail.verb !== 'get') {
      event.detail.headers[meta.dataset.header || 'X-CSRF-TOKEN'] = meta.content;
    }
  });
  // An answer to htmx that saved something names it in a header (a redirect would have carried it in a
  // cookie): it shows in the page's status region, as after a full page load.
  document.addEventListener('htmx:afterRequest', function (event) {
    var xhr = event.detail.xhr;
    var flash = document.getElementById('flash');
    var notice = xhr && event.detail.successful ? xhr.getResponseHeader('X-Witness-Flash') : null;
    if (!flash || !notice) {
      return;
    }
    var p = document.createElement('p');
    p.className = 'notice';
    p.textContent = decodeURIComponent(notice);
    flash.replaceChildren(p);
  });
  // After an htmx write the answer names what changed (X-Witness-Changed: an element's id). The page keeps your
  // place: that element is brought into view and takes the keyboard — or the control you used, when it is still
  // there inside it (↑ and ↓ keep their button) — and the notice is read out by the status region (#flash).
  var lastControl = null;
  document.addEventListener('click', function (event) {
    var control = event.target.closest && event.target.closest('button[id], a[id], input[id], select[id]');
    lastControl = control ? control.id : null;
  }, true);
  document.addEventListener('htmx:afterSettle', function (event) {
    var xhr = event.detail.xhr;
    var id = xhr && event.detail.successful ? xhr.getResponseHeader('X-Witness-Changed') : null;
    var changed = id ? document.getElementById(id) : null;
    if (!changed) {
      return;
    }
    var control = lastControl ? document.getElementById(lastControl) : null;
    var focus = control && changed.contains(control) ? control : changed;
    if (focus === changed && !changed.hasAttribute('tabindex')) {
      changed.setAttribute('tabindex', '-1');
    }
    changed.scrollIntoView({ block: 'center' });
    focus.focus({ preventScroll: true });
    changed.classList.add('just-changed');
    window.setTimeout(function () { changed.classList.remove('just-changed'); }, 2000);
  });
  // A transcript's passage is chosen by clicking its first line, then its last (a click before the first starts the
  // passage there), or by selecting its text: the passage form's two selects follow, and the chosen lines are marked.
  // The selects stay for the keyboard.
  document.addEventListener('click', function (event) {
    var row = event.target.closest && event.target.closest('table.transcript tr.line');
    var first = document.querySelector('#passage select[name=first]');
    var last = document.querySelector('#passage select[name=last]');
    if (!row || !first || !last || event.target.closest('a, button, input, select, textarea') || selectedLines()) {
      return;
    }
    var line = row.id.replace('line-', '');
    var chosen = document.querySelectorAll('table.transcript tr.line.chosen').length;
    if (chosen === 0 || chosen > 1 && first.value !== last.value || Number(line) < Number(first.value)) {
      first.value = line;
      last.value = line;
    } else {
      last.value = line;
    }
    markPassage(first, last);
  });
  document.addEventListener('mouseup', choosePassageBySelection);
  document.addEventListener('keyup', function (event) {
    if (event.shiftKey) {
      choosePassageBySelection();
    }
  });
  function choosePassageBySelection() {
    var lines = selectedLines();
    var first = document.querySelector('#passage select[name=first]');
    var last = document.querySelector('#passage select[name=last]');
    if (!lines || !first || !last) {
      return;
    }
    first.value = lines[0];
    last.value = lines[1];
    markPassage(first, last);
  }
  // The first and last transcript lines a text selection touches; a selection that ends at the very start of a line
  // (a triple click, a drag to the line's edge) ends on the line before it.
  function selectedLines() {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
      return null;
    }
    var range = selection.getRangeAt(0);
    var start = transcriptLine(range.startContainer);
    var end = transcriptLine(range.endContainer);
    if (!start || !end) {
      return null;
    }
    var from = Number(start.id.replace('line-', ''));
    var to = Number(end.id.replace('line-', ''));
    if (to > from && range.endOffset === 0 && startsLine(range.endContainer, end)) {
      to -= 1;
    }
    return [String(from), String(to)];
  }
  function transcriptLine(node) {
    var element = node.nodeType === 1 ? node : node.parentElement;
    return element && element.closest('table.transcript tr.line');
  }
  function startsLine(node, row) {
    var range = document.createRange();
    range.setStart(row, 0);
    range.setEnd(node, 0);
    return range.toString().length === 0;
  }
  function markPassage(first, last) {
    document.querySelectorAll('table.transcript tr.line').forEach(function (r) {
      var n = Number(r.id.replace('line-', ''));
      r.classList.toggle('chosen', n >= Number(first.value) && n <= Number(last.value));
    });
  }
  document.addEventListener('change', function (event) {
    if (event.target.matches && event.target.matches('#passage select')) {
      markPassage(document.querySelector('#passage select[name=first]'), document.querySelector('#passage select[name=last]'));
    }
  });
  // A button or form marked data-confirm asks before it deletes; the page behind it asks again when
  // there is no script (every delete without a confirmation page of its own goes through one).
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var button = event.submitter;
    var question = (button && button.dataset.confirm) || form.dataset.confirm;
    if (question && !window.confirm(question)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);
  // A long import or export (form marked data-progress="Importing…"): the button says so and cannot be
  // pressed twice, and an indeterminate bar shows the work goes on until the next page arrives.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (event.defaultPrevented || !form.dataset || !form.dataset.progress) {
      return;
    }
    if (form.classList.contains('working')) {
      event.preventDefault();
      return;
    }
    form.classList.add('working');
    form.setAttribute('aria-busy', 'true');
    var button = event.submitter || form.querySelector('button[type=submit]');
    if (button) {
      // Disabled after the browser has read the form, so that the button's own name and value still go.
      button.dataset.label = button.textContent;
      window.setTimeout(function () {
        button.disabled = true;
        button.textContent = form.dataset.progress;
      }, 0);
    }
    var bar = form.querySelector('progress.progress');
    if (!bar) {
      bar = document.createElement('progress');
      bar.className = 'progress';
      form.appendChild(bar);
    }
    bar.hidden = false;
    bar.removeAttribute('value');
    bar.setAttribute('aria-label', form.dataset.progress);
  });
  // Back from the browser's cache (after a download, the page never left): the form can be sent again.
  window.addEventListener('pageshow', function () {
    document.querySelectorAll('form.working').forEach(function (form) {
      form.classList.remove('working');
      form.removeAttribute('aria-busy');
      form.querySelectorAll('progress.progress').forEach(function (bar) { bar.hidden = true; });
      form.querySelectorAll('button[type=submit][disabled]').forEach(function (button) {
        button.disabled = false;
        if (button.dataset.label) {
          button.textContent = button.dataset.label;
        }
      });
    });
  });
  // A form sent back with errors (422) puts the keyboard on its first faulty field, whose message is beside it,
  // whether htmx swapped it in or the browser loaded it as a page.
  function focusFirstInvalid(root) {
    var invalid = root.querySelector('[aria-invalid="true"]');
    if (invalid) {
      invalid.focus();
    }
  }
  document.addEventListener('htmx:afterSettle', function (event) {
    if (event.detail.xhr && event.detail.xhr.status === 422) {
      var target = event.detail.target;
      focusFirstInvalid(target && target.isConnected ? target : document);
    }
  });
  document.addEventListener('DOMContentLoaded', function () {
    var main = document.querySelector('main');
    if (main) {
      focusFirstInvalid(main);
    }
    initialise(document);
    htmx.onLoad(function (element) {
      initialise(element.parentElement || document);
    });
  });
})();

// The transcript page's player (#player, a clip's proxy): clicking a line's time seeks there and plays; the line
// being heard is highlighted (class "heard", aria-current); "Mark in" and "Mark out" set the passage form's first or
// last line to the line being heard and its in or out to the frame being heard, as the clip's timecode.
(function () {
  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }
  // The label of a frame count at a rate, as witness.interview.SmpteTimecode writes it (drop-frame: two labels
  // skipped each minute but every tenth, at 29.97; four at 59.94), wrapping at 24 hours as decks do.
  function timecode(frames, base, drop) {
    var dropped = drop ? 2 * base / 30 : 0, perTen = 600 * base - 9 * dropped, perMinute = 60 * base - dropped;
    var day = 144 * perTen;
    var f = ((frames % day) + day) % day;
    if (drop) {
      var tens = Math.floor(f / perTen), rest = f % perTen;
      f += 9 * dropped * tens + (rest < dropped ? 0 : dropped * Math.floor((rest - dropped) / perMinute));
    }
    var seconds = Math.floor(f / base);
    return pad(Math.floor(seconds / 3600)) + ':' + pad(Math.floor(seconds / 60) % 60) + ':' + pad(seconds % 60)
      + (drop ? ';' : ':') + pad(f % base);
  }
  window.WitnessTimecode = timecode;

  function frameHeard(player) {
    var d = player.dataset;
    return Number(d.startFrames) + Math.round(player.currentTime * Number(d.perSecond));
  }
  function heardLine(rows, time) {
    var heard = null;
    rows.forEach(function (row) {
      if (Number(row.dataset.seconds) <= time + 0.0005) {
        heard = row;
      }
    });
    return heard;
  }
  function setUp(player) {
    var rows = Array.prototype.slice.call(document.querySelectorAll('tr[data-seconds]'));
    var shown = document.getElementById('player-timecode');
    var d = player.dataset;
    var current = null;
    function update() {
      var row = heardLine(rows, player.currentTime);
      if (row !== current) {
        if (current) {
          current.classList.remove('heard');
          current.removeAttribute('aria-current');
        }
        if (row) {
          row.classList.add('heard');
          row.setAttribute('aria-current', 'true');
        }
        current = row;
      }
      if (shown) {
        shown.textContent = timecode(frameHeard(player), Number(d.base), d.drop === 'true');
      }
    }
    player.addEventListener('timeupdate', update);
    player.addEventListener('seeked', update);
    document.querySelectorAll('button[data-seek]').forEach(function (button) {
      button.addEventListener('click', function () {
        player.currentTime = Number(button.dataset.seek);
        player.play().catch(function () {});
      });
    });
    document.querySelectorAll('button[data-mark]').forEach(function (button) {
      button.addEventListener('click', function () {
        var end = button.dataset.mark;
        var row = heardLine(rows, player.currentTime);
        var first = document.getElementById('passage-first');
        var last = document.getElementById('passage-last');
        if (row && first && last) {
          (end === 'in' ? first : last).value = row.dataset.line;
          if (Number(first.value) > Number(last.value)) {
            (end === 'in' ? last : first).value = row.dataset.line;
          }
          first.dispatchEvent(new Event('change', { bubbles: true }));
        }
        var clip = document.getElementById('passage-clip');
        if (clip) {
          clip.value = d.clip;
        }
        var field = document.getElementById('passage-clip' + (end === 'in' ? 'In' : 'Out'));
        if (field) {
          field.value = timecode(frameHeard(player), Number(d.base), d.drop === 'true');
        }
      });
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    var player = document.getElementById('player');
    if (player) {
      setUp(player);
    }
  });
})();
