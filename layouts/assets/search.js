/* Search for the normal build, with Pagefind's JS API (loaded on first use), its filters and sorting. Every search box
 * is a combobox (assets/combobox.js) with type-ahead: entity pages first when the query is a name, each result with
 * its type and an article's date (and language when not English). "/" focuses the search box. The search page lists
 * the results for ?q= in full, with the filters of assets/facets.js (kept in the URL), which the type-ahead honours. */
(function () {
  'use strict';
  var script = document.currentScript;
  var bundle = script.getAttribute('data-pagefind');
  var base = script.getAttribute('data-base') || '/';
  var DELAY = 150;
  var loading = null;
  var partCount = 1; // parts of the index, once Pagefind is loaded
  var quiet = false; // the search page's own focus on its box loads nothing

  /* The index is in parts: parts.json names those merged into the bundle's own, each with a filter `part`. */
  function pagefind() {
    if (!loading) {
      var list = new URL('parts.json', new URL(bundle, location.href));
      var parts = fetch(list).then(function (r) { return r.ok ? r.json() : {}; }).then(function (m) { return m.parts || []; }, function () { return []; });
      loading = Promise.all([import(bundle), parts]).then(function (both) {
        var pf = both[0];
        var opts = { excerptLength: 24, baseUrl: base };
        partCount = both[1].length + 1;
        var own = partCount > 1 ? Object.assign({ mergeFilter: { part: '0' } }, opts) : opts;
        return pf.options(own).then(function () {
          return Promise.all(both[1].map(function (part, i) {
            return pf.mergeIndex(new URL(part, list).pathname, Object.assign({ mergeFilter: { part: String(i + 1) } }, opts));
          }));
        }).then(function () { return pf; });
      });
    }
    return loading;
  }

  /* Sorted across parts: Pagefind merges by place in each part, so each part is searched alone, merged by date. */
  function sortedAcross(pf, term, options, limit) {
    var asc = options.sort.date === 'asc';
    var searches = [];
    for (var i = 0; i < partCount; i++) {
      searches.push(pf.search(term, { filters: Object.assign({}, options.filters, { part: String(i) }), sort: options.sort }));
    }
    return Promise.all(searches).then(function (found) {
      var lists = found.map(function (f) { return f ? f.results.map(once) : []; });
      var out = [];
      function step() {
        var heads = lists.filter(function (l) { return l.length; });
        if (!heads.length || out.length >= limit) return out;
        return Promise.all(heads.map(function (l) { return l[0].data(); })).then(function (data) {
          var best = 0;
          data.forEach(function (d, k) {
            var a = d.meta.date || '';
            var b = data[best].meta.date || '';
            if (asc ? a < b : a > b) best = k;
          });
          out.push(heads[best].shift());
          return step();
        });
      }
      return step();
    });
  }

  function once(result) {
    var loaded = null;
    return Object.assign({}, result, { data: function () { return loaded || (loaded = result.data()); } });
  }

  function fold(s) {
    return (s || '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[.’']/g, '').trim();
  }

  /** Entity pages named as the query first, then those whose name it starts, then the rest in Pagefind's order. */
  function rank(query, items) {
    var q = fold(query);
    return items
      .map(function (item, i) {
        var type = (item.filters && item.filters.type && item.filters.type[0]) || 'Article';
        var title = fold(item.meta && item.meta.title);
        var name = q && type !== 'Article' && title && (title === q || title.indexOf(q) === 0 || (' ' + title).indexOf(' ' + q) !== -1);
        return { item: item, type: type, score: (name ? (title === q ? 0 : 1) : 2) * 1000 + i };
      })
      .sort(function (a, b) { return a.score - b.score; });
  }

  /** Pagefind's filters from the facets' choice: the values of one facet are alternatives ("any"). */
  function pagefindFilters(filters) {
    var out = {};
    Object.keys(filters || {}).forEach(function (key) { if (filters[key].length) out[key] = { any: filters[key] }; });
    return out;
  }

  var SORT = { newest: { date: 'desc' }, oldest: { date: 'asc' } };
  var ENTITY = ['Person', 'Group', 'Place'];

  /**
   * Up to `limit` hits for a query (or, with no query, every page the filters keep), with the count of every
   * facet value among the results: { hits, total, counts }.
   */
  function search(query, limit, filters, sort) {
    return pagefind().then(function (pf) {
      var options = { filters: pagefindFilters(filters) };
      if (SORT[sort]) options.sort = SORT[sort];
      var term = query.trim() ? query : null;
      // Pagefind counts only the filters it has loaded: load them all first (once)
      return pf.filters().then(function () { return pf.search(term, options); }).then(function (found) {
        if (!found) return { hits: [], total: 0, counts: {} };
        // a facet with a choice counts its values as if it had none (its values are alternatives), the others
        // count what adding a value would keep
        // copied now: a later search may reuse the object
        var counts = JSON.parse(JSON.stringify(found.filters || {}));
        var results = found.results;
        var active = Object.keys(options.filters);
        var recount = active.reduce(function (done, key) {
          var rest = {};
          active.forEach(function (k) { if (k !== key) rest[k] = options.filters[k]; });
          return done.then(function () {
            return pf.search(term, { filters: rest }).then(function (other) {
              counts[key] = JSON.parse(JSON.stringify((other && other.filters && other.filters[key]) || {}));
            });
          });
        }, Promise.resolve());
        var take = Math.max(limit, 12);
        // parts weigh words apart: entity pages are asked for too, so a name finds its page
        var types = ENTITY.filter(function (t) { return !(filters.type || []).length || filters.type.indexOf(t) !== -1; });
        var named = !SORT[sort] && term && partCount > 1 && types.length
          ? pf.search(term, { filters: Object.assign({}, options.filters, { type: { any: types } }) })
          : null;
        var ordered = SORT[sort] && partCount > 1 ? sortedAcross(pf, term, options, take) : Promise.resolve(named).then(function (f) {
          var top = results.slice(0, take);
          var ids = top.map(function (r) { return r.id; });
          return top.concat(f ? f.results.slice(0, 8).filter(function (r) { return ids.indexOf(r.id) < 0; }) : []);
        });
        return recount.then(function () { return ordered; }).then(function (top) {
          return Promise.all(top.map(function (r) { return r.data(); }));
        }).then(function (items) {
          var ranked = rank(SORT[sort] ? '' : query, items); // a chosen order is kept as Pagefind gives it
          return { hits: ranked.slice(0, limit), total: results.length, counts: counts };
        });
      });
    });
  }

  function run(query, limit, filters) {
    return search(query, limit, filters, '').then(function (r) { return r.hits; });
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

  /** The facets' choice on the search page (the type-ahead of its box honours it), else none. */
  function chosen() {
    var box = document.getElementById('search-facets');
    if (!box) return {};
    var filters = {};
    Array.prototype.forEach.call(box.querySelectorAll('input[type="checkbox"]:checked'), function (input) {
      (filters[input.name] = filters[input.name] || []).push(input.value);
    });
    return filters;
  }

  function enhance(form) {
    window.dossierCombobox(form, {
      find: function (query) { return run(query, 8, chosen()); },
      href: function (hit) { return hit.item.url; },
      content: describe,
      delay: DELAY,
      preload: function () { if (!quiet) pagefind(); },
    });
  }

  function list(found) {
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
    return ol;
  }

  /** Runs `fn` once, at the first sign of a reader: a pointer moved or pressed, a key, a touch, the wheel. */
  function whenActive(fn) {
    var events = ['pointermove', 'pointerdown', 'keydown', 'touchstart', 'wheel'];
    function go() {
      events.forEach(function (e) { document.removeEventListener(e, go, true); });
      fn();
    }
    events.forEach(function (e) { document.addEventListener(e, go, { capture: true, passive: true }); });
  }

  /**
   * The search page: the query and filters of the URL restored, the results listed with the facets and their
   * counts; every change of a filter or of the order searches again and updates the URL.
   */
  function resultsPage() {
    var box = document.getElementById('search-results');
    if (!box) return;
    var input = document.getElementById('search-page-q');
    var facetBox = document.getElementById('search-facets');
    var facets = window.dossierFacets;
    var state = facets ? facets.read() : { q: new URLSearchParams(location.search).get('q') || '', filters: {}, sort: '' };
    var status = document.getElementById('search-status');
    var asked = 0;
    if (input) {
      input.value = state.q;
      quiet = true;
      input.focus();
      input.select();
      quiet = false;
    }
    function show(next) {
      var ticket = ++asked;
      state = next;
      var filtered = Object.keys(state.filters).length > 0;
      if (!state.q.trim() && !filtered) {
        box.textContent = '';
        status.textContent = '';
        // the filters of the whole site, once the reader does something (Pagefind is not loaded before)
        if (facetBox) whenActive(function () {
          pagefind().then(function (pf) { return pf.filters(); }).then(function (counts) {
            if (ticket === asked) facets.render(facetBox, input.form, counts, state, change);
          });
        });
        return;
      }
      status.textContent = 'Searching…';
      search(state.q, 30, state.filters, state.sort).then(function (found) {
        if (ticket !== asked) return;
        var shown = found.total > found.hits.length ? ' (the first ' + found.hits.length + ' shown)' : '';
        status.textContent = '';
        var tail = (filtered ? ' with these filters' : '') + shown;
        var count = found.total + ' result' + (found.total === 1 ? '' : 's');
        if (state.q.trim()) status.appendChild(found.total ? quoting(count + ' for ', state.q, tail) : quoting('Nothing found for ', state.q, (filtered ? ' with these filters' : '') + '.'));
        else status.textContent = found.total ? count + tail : 'Nothing found' + (filtered ? ' with these filters' : '') + '.';
        box.textContent = '';
        box.appendChild(list(found.hits));
        if (facetBox) facets.render(facetBox, input.form, found.counts, state, change);
      }, function (error) {
        status.textContent = 'Search could not start (' + error + ').';
      });
    }
    function change(next) {
      next.q = input ? input.value : state.q;
      facets.write(next);
      show(next);
    }
    show(state);
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
  // after every deferred script has run (assets/facets.js comes later in the page)
  document.addEventListener('DOMContentLoaded', resultsPage);
})();
