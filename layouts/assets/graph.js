/* The network on /graph/: resting on or focusing a node highlights it, its neighbours and the lines between
 * them; buttons zoom in, zoom out and reset the view, and so do the keys + − 0 (arrows pan) while the focus is in
 * the graph. The zoom itself (d3-zoom, about 40 KB) is loaded only when the pointer or the focus first reaches
 * the graph. Without JavaScript the network is the same picture with every node a link. */
(function () {
  'use strict';
  var src = document.currentScript.getAttribute('data-zoom');
  var STEP = 1.6;
  var PAN = 60;

  function enhance(figure) {
    var near = {};
    var lines = figure.querySelectorAll('line[data-a]');
    Array.prototype.forEach.call(lines, function (line) {
      var a = line.getAttribute('data-a');
      var b = line.getAttribute('data-b');
      (near[a] = near[a] || {})[b] = true;
      (near[b] = near[b] || {})[a] = true;
    });
    var nodes = figure.querySelectorAll('a[data-id]');
    function highlight(id) {
      figure.classList.add('hl');
      Array.prototype.forEach.call(nodes, function (a) {
        var other = a.getAttribute('data-id');
        a.classList.toggle('on', other === id || Boolean(near[id] && near[id][other]));
      });
      Array.prototype.forEach.call(lines, function (line) {
        line.classList.toggle('on', line.getAttribute('data-a') === id || line.getAttribute('data-b') === id);
      });
    }
    function node(target) { return target && target.closest ? target.closest('a[data-id]') : null; }
    function enter(event) { var a = node(event.target); if (a) highlight(a.getAttribute('data-id')); }
    function leave(event) { if (node(event.target) && !node(event.relatedTarget)) figure.classList.remove('hl'); }
    figure.addEventListener('mouseover', enter);
    figure.addEventListener('focusin', enter);
    figure.addEventListener('mouseout', leave);
    figure.addEventListener('focusout', leave);

    var loading = null;
    function zoom() {
      if (!loading) {
        loading = new Promise(function (resolve, reject) {
          if (window.dossierZoom) return resolve();
          var s = document.createElement('script');
          s.src = src;
          s.onload = resolve;
          s.onerror = reject;
          document.head.appendChild(s);
        }).then(function () { return window.dossierZoom(figure); });
      }
      return loading;
    }
    figure.addEventListener('pointerenter', zoom);
    figure.addEventListener('focusin', zoom);

    var bar = document.createElement('div');
    bar.className = 'graph-controls';
    bar.setAttribute('role', 'group');
    bar.setAttribute('aria-label', 'Zoom the network');
    var actions = {
      in: function (z) { z.zoomBy(STEP); },
      out: function (z) { z.zoomBy(1 / STEP); },
      reset: function (z) { z.reset(); },
    };
    [['in', 'Zoom in', '+'], ['out', 'Zoom out', '−'], ['reset', 'Reset view', '0']].forEach(function (b) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'zoom-' + b[0];
      button.textContent = b[1];
      button.setAttribute('aria-keyshortcuts', b[2] === '−' ? '-' : b[2]);
      button.addEventListener('click', function () { zoom().then(actions[b[0]]); });
      bar.appendChild(button);
    });
    figure.insertBefore(bar, figure.firstChild);

    var keys = { '+': actions.in, '=': actions.in, '-': actions.out, '0': actions.reset,
      ArrowLeft: function (z) { z.panBy(PAN, 0); }, ArrowRight: function (z) { z.panBy(-PAN, 0); },
      ArrowUp: function (z) { z.panBy(0, PAN); }, ArrowDown: function (z) { z.panBy(0, -PAN); } };
    figure.addEventListener('keydown', function (event) {
      var act = keys[event.key];
      if (!act || event.ctrlKey || event.metaKey || event.altKey || event.target.tagName === 'BUTTON' && /^Arrow/.test(event.key)) return;
      event.preventDefault();
      zoom().then(act);
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('figure[data-graph]'), enhance);
})();
