/* The search page's filters, shared by assets/search.js (Pagefind) and assets/offline-search.js (file://).
 * Four facets (type, outlet, year, language), each a group of checkboxes with counts: values of one facet are
 * alternatives (any of them), facets combine (all of them). The choice lives in the URL (?q=…&type=Person&year=2019
 * &sort=newest), so a filtered search can be linked and bookmarked; the checkboxes belong to the search form, so
 * submitting it keeps them. Loaded on the search page only. */
(function () {
  'use strict';
  var FACETS = [['type', 'Type'], ['outlet', 'Outlet'], ['year', 'Year'], ['language', 'Language']];
  var TYPE_ORDER = ['Person', 'Group', 'Place', 'Article'];
  var SORTS = [['', 'Best match'], ['newest', 'Newest articles first'], ['oldest', 'Oldest articles first']];

  /** The filters and sort in the URL: { filters: { type: ['Person'] }, sort: 'newest' }. */
  function read() {
    var params = new URLSearchParams(location.search);
    var filters = {};
    FACETS.forEach(function (f) {
      var values = params.getAll(f[0]).filter(Boolean);
      if (values.length) filters[f[0]] = values;
    });
    var sort = params.get('sort') || '';
    return { q: params.get('q') || '', filters: filters, sort: sort === 'newest' || sort === 'oldest' ? sort : '' };
  }

  /** The state into the URL, replacing the history entry (a filter is not a new page). */
  function write(state) {
    var params = new URLSearchParams();
    if (state.q) params.set('q', state.q);
    FACETS.forEach(function (f) { (state.filters[f[0]] || []).forEach(function (v) { params.append(f[0], v); }); });
    if (state.sort) params.set('sort', state.sort);
    var query = params.toString();
    history.replaceState(null, '', location.pathname + (query ? '?' + query : '') + location.hash);
  }

  function order(key, counts) {
    var values = Object.keys(counts);
    if (key === 'type') return values.sort(function (a, b) { return TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b); });
    if (key === 'year') return values.sort().reverse();
    return values.sort(function (a, b) { return counts[b] - counts[a] || (a < b ? -1 : 1); });
  }

  /**
   * Draws the facets into `box` from counts ({ type: { Person: 3 }, … }); a chosen value is always shown, with
   * its count or 0. `form` is the search form the controls belong to; `change(state)` is called on every change.
   * The control that had the focus keeps it.
   */
  function render(box, form, counts, state, change) {
    var focused = document.activeElement && box.contains(document.activeElement) ? document.activeElement.id : '';
    box.textContent = '';
    if (!form.id) form.id = 'search-form';
    FACETS.forEach(function (f) {
      var key = f[0];
      var c = {};
      Object.keys(counts[key] || {}).forEach(function (v) { if (counts[key][v] > 0) c[v] = counts[key][v]; });
      (state.filters[key] || []).forEach(function (v) { if (!(v in c)) c[v] = 0; });
      var values = order(key, c);
      if (!values.length) return;
      var set = document.createElement('fieldset');
      set.className = 'facet';
      var legend = document.createElement('legend');
      legend.textContent = f[1];
      set.appendChild(legend);
      var list = document.createElement('ul');
      values.forEach(function (v) {
        var li = document.createElement('li');
        var input = document.createElement('input');
        input.type = 'checkbox';
        input.name = key;
        input.value = v;
        input.id = 'facet-' + key + '-' + v.replace(/[^A-Za-z0-9]/g, function (ch) { return '_' + ch.charCodeAt(0); });
        input.setAttribute('form', form.id);
        input.checked = (state.filters[key] || []).indexOf(v) !== -1;
        input.addEventListener('change', function () { change(collect(box, state)); });
        var label = document.createElement('label');
        label.htmlFor = input.id;
        var name = document.createElement('bdi');
        name.textContent = v;
        label.appendChild(name);
        var count = document.createElement('span');
        count.className = 'facet-count';
        count.textContent = ' ' + c[v];
        label.appendChild(count);
        li.appendChild(input);
        li.appendChild(label);
        list.appendChild(li);
      });
      set.appendChild(list);
      box.appendChild(set);
    });
    var sortLabel = document.createElement('label');
    sortLabel.className = 'facet-sort';
    sortLabel.textContent = 'Order ';
    var select = document.createElement('select');
    select.name = 'sort';
    select.id = 'facet-sort';
    select.setAttribute('form', form.id);
    SORTS.forEach(function (s) {
      var option = document.createElement('option');
      option.value = s[0];
      option.textContent = s[1];
      option.selected = state.sort === s[0];
      select.appendChild(option);
    });
    select.addEventListener('change', function () { change(collect(box, state)); });
    sortLabel.appendChild(select);
    box.appendChild(sortLabel);
    if (focused && document.getElementById(focused)) document.getElementById(focused).focus();
  }

  function collect(box, state) {
    var filters = {};
    Array.prototype.forEach.call(box.querySelectorAll('input[type="checkbox"]:checked'), function (input) {
      (filters[input.name] = filters[input.name] || []).push(input.value);
    });
    var select = box.querySelector('select');
    return { q: state.q, filters: filters, sort: select ? select.value : '' };
  }

  window.dossierFacets = { keys: FACETS.map(function (f) { return f[0]; }), read: read, write: write, render: render };
})();
