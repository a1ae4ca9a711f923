/* The type-ahead list shared by both search scripts (assets/search.js online, assets/offline-search.js offline):
 * it turns a search form into an ARIA combobox. The caller says how to find hits for a query, where a hit
 * leads and what an option shows; arrow keys move, Enter opens, Escape closes. Loaded before either script. */
(function () {
  'use strict';
  var counter = 0;

  /**
   * options.find(query) → Promise of hits; options.href(hit) → URL; options.content(hit) → DOM node;
   * options.delay: debounce in ms (0: none); options.preload(): called on focus (load the index early).
   */
  window.dossierCombobox = function (form, options) {
    var input = form.querySelector('input[type="search"]');
    if (!input) return;
    var id = 'qs-' + ++counter;
    var list = document.createElement('ul');
    list.id = id;
    list.className = 'qs-list';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Matches');
    list.hidden = true;
    form.appendChild(list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', id);
    input.setAttribute('aria-expanded', 'false');
    var hits = [];
    var active = -1;
    var timer = 0;
    var asked = 0;

    function open() {
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }
    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }
    function highlight(i) {
      active = i;
      Array.prototype.forEach.call(list.children, function (li, n) { li.setAttribute('aria-selected', String(n === i)); });
      if (i >= 0) input.setAttribute('aria-activedescendant', id + '-' + i);
      else input.removeAttribute('aria-activedescendant');
    }
    function render() {
      var query = input.value;
      var ticket = ++asked;
      if (!query.trim()) { hits = []; close(); return; }
      options.find(query).then(function (found) {
        if (ticket !== asked) return;
        hits = found;
        list.textContent = '';
        hits.forEach(function (hit, i) {
          var li = document.createElement('li');
          li.id = id + '-' + i;
          li.setAttribute('role', 'option');
          li.setAttribute('aria-selected', 'false');
          var a = document.createElement('a');
          a.href = options.href(hit);
          a.tabIndex = -1;
          a.appendChild(options.content(hit));
          li.appendChild(a);
          list.appendChild(li);
        });
        if (hits.length && document.activeElement === input) {
          open();
          highlight(-1);
        } else close();
      });
    }
    input.addEventListener('focus', function () { if (options.preload) options.preload(); });
    input.addEventListener('input', function () {
      clearTimeout(timer);
      if (options.delay) timer = setTimeout(render, options.delay);
      else render();
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown' && hits.length) { event.preventDefault(); if (list.hidden) open(); highlight((active + 1) % hits.length); }
      else if (event.key === 'ArrowUp' && hits.length) { event.preventDefault(); highlight(active <= 0 ? hits.length - 1 : active - 1); }
      else if (event.key === 'Escape') close();
      else if (event.key === 'Enter' && active >= 0) { event.preventDefault(); location.href = options.href(hits[active]); }
    });
    input.addEventListener('blur', function () { setTimeout(close, 200); });
  };
})();
