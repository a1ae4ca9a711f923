/* Offline search for the OFFLINE=1 build: works from file:// with no server.
 * The index is a plain script (assets/search-index.js), loaded on first use, because fetch is
 * blocked on file://. Every search box becomes a combobox listing matching entities (by name or
 * alias) and articles (by title); arrow keys move, Enter opens, Escape closes. On the search page
 * the results for ?q= are listed in full. */
(function () {
  'use strict';
  var script = document.currentScript;
  var root = new URL('../', script.src);
  var LABEL = { person: 'Person', group: 'Group', place: 'Place', article: 'Article' };
  var loading = null;

  function loadIndex() {
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        if (window.DOSSIER_SEARCH) return resolve(window.DOSSIER_SEARCH);
        var s = document.createElement('script');
        s.src = new URL('assets/search-index.js', root).href;
        s.onload = function () { resolve(window.DOSSIER_SEARCH); };
        s.onerror = reject;
        document.head.appendChild(s);
      });
    }
    return loading;
  }

  function fold(s) {
    return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[.’']/g, '');
  }

  function score(text, q) {
    var t = fold(text);
    if (t === q) return 4;
    if (t.indexOf(q) === 0) return 3;
    if ((' ' + t).indexOf(' ' + q) !== -1) return 2;
    return t.indexOf(q) !== -1 ? 1 : 0;
  }

  function href(sitePath) {
    return new URL(sitePath.replace(/^\//, '') + 'index.html', root).href;
  }

  function search(index, query, limit) {
    var q = fold(query.trim());
    if (!q) return [];
    var hits = [];
    index.entities.forEach(function (e) {
      var best = score(e[0], q) * 2;
      var via = '';
      e[1].forEach(function (alias) {
        var s = score(alias, q) * 2 - 1;
        if (s > best) { best = s; via = alias; }
      });
      if (best > 0) hits.push({ name: e[0], via: via, type: e[2], url: e[3], rank: best * 1000 + Math.min(e[4], 999) });
    });
    index.articles.forEach(function (a) {
      var s = score(a[0], q);
      if (s > 0) hits.push({ name: a[0], via: '', type: 'article', url: a[1], rank: s * 1000 });
    });
    hits.sort(function (a, b) { return b.rank - a.rank || (a.name < b.name ? -1 : 1); });
    return hits.slice(0, limit);
  }

  function optionContent(hit) {
    var frag = document.createDocumentFragment();
    var name = document.createElement('span');
    name.textContent = hit.name;
    frag.appendChild(name);
    var meta = document.createElement('span');
    meta.className = 'qs-meta';
    meta.textContent = ' ' + LABEL[hit.type] + (hit.via ? ', also called ' + hit.via : '');
    frag.appendChild(meta);
    return frag;
  }

  var counter = 0;
  function enhance(form) {
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
      loadIndex().then(function (index) {
        hits = search(index, input.value, 8);
        list.textContent = '';
        hits.forEach(function (hit, i) {
          var li = document.createElement('li');
          li.id = id + '-' + i;
          li.setAttribute('role', 'option');
          li.setAttribute('aria-selected', 'false');
          var a = document.createElement('a');
          a.href = href(hit.url);
          a.tabIndex = -1;
          a.appendChild(optionContent(hit));
          li.appendChild(a);
          list.appendChild(li);
        });
        if (hits.length) {
          list.hidden = false;
          input.setAttribute('aria-expanded', 'true');
          highlight(-1);
        } else close();
      });
    }
    input.addEventListener('focus', loadIndex);
    input.addEventListener('input', render);
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown' && hits.length) { event.preventDefault(); if (list.hidden) render(); highlight((active + 1) % hits.length); }
      else if (event.key === 'ArrowUp' && hits.length) { event.preventDefault(); highlight(active <= 0 ? hits.length - 1 : active - 1); }
      else if (event.key === 'Escape') close();
      else if (event.key === 'Enter' && active >= 0) { event.preventDefault(); location.href = href(hits[active].url); }
    });
    input.addEventListener('blur', function () { setTimeout(close, 200); });
  }

  function resultsPage() {
    var box = document.getElementById('offline-results');
    if (!box) return;
    var q = new URLSearchParams(location.search).get('q') || '';
    var input = document.querySelector('#search-page-q');
    if (input) input.value = q;
    if (!q.trim()) return;
    loadIndex().then(function (index) {
      var hits = search(index, q, 50);
      var heading = document.createElement('h2');
      heading.textContent = hits.length + ' result' + (hits.length === 1 ? '' : 's') + ' for “' + q + '”';
      var ol = document.createElement('ol');
      ol.className = 'offline-results';
      hits.forEach(function (hit) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.href = href(hit.url);
        a.appendChild(optionContent(hit));
        li.appendChild(a);
        ol.appendChild(li);
      });
      box.textContent = '';
      box.appendChild(heading);
      box.appendChild(ol);
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('form[data-quick-search]'), enhance);
  resultsPage();
})();
