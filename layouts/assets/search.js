/* Search for the normal build, with Pagefind's JS API (loaded on first use).
 * Every search box becomes a combobox (assets/combobox.js) with type-ahead (debounced): entity pages first when the query is a
 * name, each result with its type and, for articles, its date (and its language when not English); arrow keys move, Enter opens, Escape closes.
 * "/" focuses the search box. On the search page the results for ?q= are listed in full, and the box
 * gets the focus with the query selected. */
(function () {
  'use strict';
  var script = document.currentScript;
  var bundle = script.getAttribute('data-pagefind');
  var base = script.getAttribute('data-base') || '/';
  var DELAY = 150;
  var loading = null;

  function pagefind() {
    if (!loading) {
      loading = import(bundle).then(function (pf) {
        return pf.options({ excerptLength: 24, baseUrl: base }).then(function () { return pf; });
      });
    }
    return loading;
  }

  function fold(s) {
    return (s || '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[.’']/g, '').trim();
  }

  /** Entity pages whose name matches the query come first, then the rest in Pagefind's order. */
  function rank(query, items) {
    var q = fold(query);
    return items
      .map(function (item, i) {
        var type = (item.filters && item.filters.type && item.filters.type[0]) || 'Article';
        var title = fold(item.meta && item.meta.title);
        var name = type !== 'Article' && title && (title === q || title.indexOf(q) === 0 || (' ' + title).indexOf(' ' + q) !== -1);
        return { item: item, type: type, score: (name ? 0 : 1) * 1000 + i };
      })
      .sort(function (a, b) { return a.score - b.score; });
  }

  function run(query, limit) {
    return pagefind().then(function (pf) {
      return pf.search(query).then(function (found) {
        if (!found) return [];
        return Promise.all(found.results.slice(0, Math.max(limit, 12)).map(function (r) { return r.data(); })).then(function (items) {
          return rank(query, items).slice(0, limit);
        });
      });
    });
  }

  function describe(hit) {
    var frag = document.createDocumentFragment();
    var badge = document.createElement('span');
    badge.className = 'type-badge t-' + ({ Person: 'person', Group: 'group', Place: 'place' }[hit.type] || 'article');
    badge.textContent = hit.type;
    frag.appendChild(badge);
    frag.appendChild(document.createTextNode(' '));
    var name = document.createElement('span');
    name.className = 'result-title';
    name.dir = 'auto'; // an isolate: a right-to-left override in a title cannot reorder the rest of the line
    name.textContent = (hit.item.meta && hit.item.meta.title) || hit.item.url;
    frag.appendChild(name);
    if (hit.item.meta && hit.item.meta.date) {
      var date = document.createElement('span');
      date.className = 'qs-meta';
      date.textContent = ' · ' + hit.item.meta.date;
      frag.appendChild(date);
    }
    // an article not in English says its language (the language filter of the article page)
    var language = hit.item.filters && hit.item.filters.language && hit.item.filters.language[0];
    if (language && language !== 'English') {
      var lang = document.createElement('span');
      lang.className = 'qs-meta';
      lang.textContent = ' · ' + language;
      frag.appendChild(lang);
    }
    return frag;
  }

  /** "before “query”after", the query in a <bdi>: a right-to-left override in it cannot reorder the words around it. */
  function quoting(before, q, after) {
    var frag = document.createDocumentFragment();
    frag.appendChild(document.createTextNode(before + '“'));
    var bdi = document.createElement('bdi');
    bdi.textContent = q;
    frag.appendChild(bdi);
    frag.appendChild(document.createTextNode('”' + after));
    return frag;
  }

  function enhance(form) {
    window.dossierCombobox(form, {
      find: function (query) { return run(query, 8); },
      href: function (hit) { return hit.item.url; },
      content: describe,
      delay: DELAY,
      preload: pagefind,
    });
  }

  function resultsPage() {
    var box = document.getElementById('search-results');
    if (!box) return;
    var input = document.getElementById('search-page-q');
    var q = new URLSearchParams(location.search).get('q') || '';
    if (input) {
      input.value = q;
      input.focus();
      input.select();
    }
    if (!q.trim()) return;
    var status = document.getElementById('search-status');
    status.textContent = 'Searching…';
    run(q, 30).then(function (found) {
      status.textContent = '';
      status.appendChild(found.length ? quoting(found.length + ' result' + (found.length === 1 ? '' : 's') + ' for ', q, '') : quoting('Nothing found for ', q, '.'));
      var ol = document.createElement('ol');
      ol.className = 'search-results';
      found.forEach(function (hit) {
        var li = document.createElement('li');
        var a = document.createElement('a');
        a.className = 'result-link';
        a.href = hit.item.url;
        a.appendChild(describe(hit));
        li.appendChild(a);
        if (hit.item.excerpt) {
          var p = document.createElement('p');
          p.className = 'excerpt';
          p.innerHTML = hit.item.excerpt.replace(/<(?!\/?mark>)/g, '&lt;');
          li.appendChild(p);
        }
        ol.appendChild(li);
      });
      box.textContent = '';
      box.appendChild(ol);
    }, function (error) {
      status.textContent = 'Search could not start (' + error + ').';
    });
  }

  document.addEventListener('keydown', function (event) {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    var t = event.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    var input = document.getElementById('search-page-q') || document.querySelector('form[data-quick-search] input[type="search"]');
    if (!input) return;
    event.preventDefault();
    input.focus();
    input.select();
  });

  Array.prototype.forEach.call(document.querySelectorAll('form[data-quick-search]'), enhance);
  resultsPage();
})();
