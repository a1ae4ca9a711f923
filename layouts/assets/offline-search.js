/* Offline search for the OFFLINE=1 build: works from file:// with no server.
 * The index is a plain script (assets/search-index.js), loaded on first use, because fetch is
 * blocked on file://. Every search box becomes a combobox (assets/combobox.js) listing matching entities (by name or
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
    name.dir = 'auto'; // an isolate: a right-to-left override in a name cannot reorder the rest of the line
    name.textContent = hit.name;
    frag.appendChild(name);
    var meta = document.createElement('span');
    meta.className = 'qs-meta';
    meta.textContent = ' ' + LABEL[hit.type] + (hit.via ? ', also called ' : '');
    if (hit.via) {
      var via = document.createElement('bdi');
      via.textContent = hit.via;
      meta.appendChild(via);
    }
    frag.appendChild(meta);
    return frag;
  }

  function enhance(form) {
    window.dossierCombobox(form, {
      find: function (query) { return loadIndex().then(function (index) { return search(index, query, 8); }); },
      href: function (hit) { return href(hit.url); },
      content: optionContent,
      delay: 0,
      preload: loadIndex,
    });
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
      heading.textContent = hits.length + ' result' + (hits.length === 1 ? '' : 's') + ' for “';
      var query = document.createElement('bdi'); // a right-to-left override in the query cannot reorder the heading
      query.textContent = q;
      heading.appendChild(query);
      heading.appendChild(document.createTextNode('”'));
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
