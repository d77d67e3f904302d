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
        handle: '.drag-handle',
        draggable: '[data-move]',
        animation: 150,
        onEnd: function (event) {
          if (event.from === event.to && event.oldDraggableIndex === event.newDraggableIndex) {
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
