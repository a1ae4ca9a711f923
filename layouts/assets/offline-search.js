/* Offline search for the OFFLINE=1 build: works from file:// with no server.
 * The index is a plain script (assets/search-index.js), loaded on first use, because fetch is
 * blocked on file://. Every search box becomes a combobox (assets/combobox.js) listing matching entities (by name or
 * alias) and articles (by title); arrow keys move, Enter opens, Escape closes. On the search page
 * the results for ?q= are listed in full, with the filters of assets/facets.js: type for every page, year, outlet
 * and language for articles (the index carries them), kept in the URL like the normal build's. */
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

  var TYPE_NAME = { person: 'Person', group: 'Group', place: 'Place', article: 'Article' };

  /** Whether a hit passes the filters: one of the chosen values of each facet (an entity has no outlet, year or language). */
  function passes(hit, filters) {
    return Object.keys(filters || {}).every(function (key) {
      return filters[key].indexOf(hit.facets[key]) !== -1;
    });
  }

  /** Every hit for the query (every page when it is empty), best first, and the count of each facet value among the hits that pass the filters. */
  function search(index, query, limit, filters, sort) {
    var q = fold(query.trim());
    var hits = [];
    index.entities.forEach(function (e) {
      var best = q ? score(e[0], q) * 2 : 1;
      var via = '';
      if (q) e[1].forEach(function (alias) {
        var s = score(alias, q) * 2 - 1;
        if (s > best) { best = s; via = alias; }
      });
      if (best > 0) hits.push({ name: e[0], via: via, type: e[2], url: e[3], rank: best * 1000 + Math.min(e[4], 999), facets: { type: TYPE_NAME[e[2]] } });
    });
    index.articles.forEach(function (a) {
      var s = q ? score(a[0], q) : 1;
      if (s > 0) hits.push({ name: a[0], via: '', type: 'article', url: a[1], rank: s * 1000, date: a[2] || '', facets: { type: 'Article', year: a[2] || undefined, outlet: a[3] || undefined, language: a[4] || undefined } });
    });
    var all = hits;
    hits = hits.filter(function (hit) { return passes(hit, filters); });
    if (sort === 'newest' || sort === 'oldest') {
      var sign = sort === 'newest' ? -1 : 1;
      hits = hits.filter(function (hit) { return hit.date; });
      hits.sort(function (a, b) { return a.date === b.date ? (a.name < b.name ? -1 : 1) : (a.date < b.date ? -sign : sign); });
    } else hits.sort(function (a, b) { return b.rank - a.rank || (a.name < b.name ? -1 : 1); });
    // each facet counts its values among the hits that pass the other facets' filters (values of one are alternatives)
    var counts = {};
    all.forEach(function (hit) {
      Object.keys(hit.facets).forEach(function (key) {
        var v = hit.facets[key];
        if (v === undefined) return;
        var rest = {};
        Object.keys(filters || {}).forEach(function (k) { if (k !== key) rest[k] = filters[k]; });
        if (!passes(hit, rest)) return;
        counts[key] = counts[key] || {};
        counts[key][v] = (counts[key][v] || 0) + 1;
      });
    });
    return { hits: hits.slice(0, limit), total: hits.length, counts: counts };
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
      find: function (query) {
        if (!query.trim()) return Promise.resolve([]);
        return loadIndex().then(function (index) { return search(index, query, 8, chosen()).hits; });
      },
      href: function (hit) { return href(hit.url); },
      content: optionContent,
      delay: 0,
      preload: loadIndex,
    });
  }

  /** The facets' choice on the search page (the type-ahead of its box honours it), else none. */
  function chosen() {
    var box = document.getElementById('search-facets');
    var filters = {};
    if (box) Array.prototype.forEach.call(box.querySelectorAll('input[type="checkbox"]:checked'), function (input) {
      (filters[input.name] = filters[input.name] || []).push(input.value);
    });
    return filters;
  }

  /** The search page: the query and filters of the URL restored; each change of a filter searches again and updates the URL. */
  function resultsPage() {
    var box = document.getElementById('offline-results');
    if (!box) return;
    var facets = window.dossierFacets;
    var facetBox = document.getElementById('search-facets');
    var input = document.querySelector('#search-page-q');
    var state = facets ? facets.read() : { q: new URLSearchParams(location.search).get('q') || '', filters: {}, sort: '' };
    if (input) input.value = state.q;
    function show(next) {
      state = next;
      loadIndex().then(function (index) {
        var filtered = Object.keys(state.filters).length > 0;
        var found = search(index, state.q, 50, state.filters, state.sort);
        if (facets && facetBox) facets.render(facetBox, input.form, found.counts, state, change);
        box.textContent = '';
        if (!state.q.trim() && !filtered) return;
        var heading = document.createElement('h2');
        heading.textContent = found.total + ' result' + (found.total === 1 ? '' : 's');
        if (state.q.trim()) {
          heading.appendChild(document.createTextNode(' for “'));
          var query = document.createElement('bdi'); // a right-to-left override in the query cannot reorder the heading
          query.textContent = state.q;
          heading.appendChild(query);
          heading.appendChild(document.createTextNode('”'));
        }
        if (filtered) heading.appendChild(document.createTextNode(' with these filters'));
        var ol = document.createElement('ol');
        ol.className = 'offline-results';
        found.hits.forEach(function (hit) {
          var li = document.createElement('li');
          var a = document.createElement('a');
          a.href = href(hit.url);
          a.appendChild(optionContent(hit));
          li.appendChild(a);
          ol.appendChild(li);
        });
        box.appendChild(heading);
        box.appendChild(ol);
      });
    }
    function change(next) {
      next.q = input ? input.value : state.q;
      // file:// pages cannot always rewrite their URL; the filters still apply
      try { facets.write(next); } catch (_error) { /* ignored */ }
      show(next);
    }
    show(state);
  }

  Array.prototype.forEach.call(document.querySelectorAll('form[data-quick-search]'), enhance);
  // after every deferred script has run (assets/facets.js comes later in the page)
  document.addEventListener('DOMContentLoaded', resultsPage);
})();
