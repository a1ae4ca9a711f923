/* Link previews: resting the pointer on a link to a person, group or place (a mention in an article, a list, a
 * relation) for a moment, or giving it the keyboard focus, shows a small card (name, type, description or role,
 * counts, the start of its latest mention) read from the entity's preview.json, fetched then and kept. The card
 * is a tooltip (role="tooltip", the link's aria-describedby): it never takes the focus, stays while the pointer is
 * on it, and Escape closes it. On touch screens (no hover) a small "i" button after an entity's first link opens
 * and closes the card; the link itself still just opens the page. Without JavaScript the links are links. */
(function () {
  'use strict';
  var SHOW_AFTER = 350;
  var HIDE_AFTER = 250;
  var ENTITY = /\/(people|groups|places)\/[^/]+\/$/;
  var cache = {};
  var card = null;
  var anchor = null;
  var showTimer = 0;
  var hideTimer = 0;
  var asked = 0;

  /** The link to an entity page under `node`, or null (graph nodes, the current page and other links have none). */
  function entityLink(node) {
    var a = node && node.closest ? node.closest('a[href]') : null;
    if (!a || a.closest('svg, .qs-list, header.site, nav') || a.hash) return null;
    if (a.origin !== location.origin || !ENTITY.test(a.pathname) || a.pathname === location.pathname) return null;
    return a;
  }

  function load(url) {
    if (!cache[url]) {
      cache[url] = fetch(url).then(function (r) {
        if (!r.ok) throw new Error(r.status);
        return r.json();
      });
      cache[url].catch(function () { delete cache[url]; });
    }
    return cache[url];
  }

  function plural(n, one, many) { return n.toLocaleString('en-US') + ' ' + (n === 1 ? one : many); }

  function text(tag, className, value) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    el.textContent = value;
    return el;
  }

  function fill(p) {
    card.textContent = '';
    var head = document.createElement('p');
    head.className = 'preview-head';
    head.appendChild(text('span', 'type-badge t-' + p.type.toLowerCase(), p.type));
    head.appendChild(document.createTextNode(' '));
    head.appendChild(text('bdi', 'preview-name', p.name));
    card.appendChild(head);
    // names and titles are isolates (bdi, dir=auto): a right-to-left override in one cannot reorder the rest
    if (p.about) card.appendChild(text('p', 'preview-about', p.about)).dir = 'auto';
    card.appendChild(text('p', 'preview-counts', plural(p.mentions, 'mention', 'mentions') + ' in ' + plural(p.articles, 'article', 'articles')));
    if (p.latest) {
      card.appendChild(text('blockquote', 'preview-latest', p.latest.text)).dir = 'auto';
      var source = text('p', 'preview-source', 'Latest: ');
      source.appendChild(text('bdi', '', p.latest.title));
      if (p.latest.date) source.appendChild(document.createTextNode(', ' + p.latest.date));
      card.appendChild(source);
    }
  }

  function place(link) {
    var r = link.getBoundingClientRect();
    var width = card.offsetWidth;
    var left = Math.min(Math.max(8, r.left), document.documentElement.clientWidth - width - 8);
    card.style.left = Math.max(8, left) + 'px';
    var below = r.bottom + 6;
    var above = r.top - card.offsetHeight - 6;
    card.style.top = (below + card.offsetHeight > window.innerHeight && above > 0 ? above : below) + 'px';
  }

  function makeCard() {
    if (card) return;
    card = document.createElement('div');
    card.id = 'preview-card';
    card.className = 'preview-card';
    card.setAttribute('role', 'tooltip');
    card.hidden = true;
    card.addEventListener('mouseenter', function () { clearTimeout(hideTimer); });
    card.addEventListener('mouseleave', function () { hideSoon(); });
    // inside main, so that it belongs to a landmark; fixed, placed by the link's place on screen
    (document.querySelector('main') || document.body).appendChild(card);
    window.addEventListener('scroll', function () { if (anchor && !card.hidden) place(anchor); }, { passive: true });
  }

  function show(link) {
    clearTimeout(hideTimer);
    var ticket = ++asked;
    load(link.pathname + 'preview.json').then(function (p) {
      if (ticket !== asked) return;
      makeCard();
      if (anchor && anchor !== link) release();
      anchor = link;
      fill(p);
      card.hidden = false;
      link.setAttribute('aria-describedby', card.id);
      place(link);
    }, function () { /* no preview: the link is still a link */ });
  }

  function release() {
    if (!anchor) return;
    anchor.removeAttribute('aria-describedby');
    var button = anchor.nextElementSibling;
    if (button && button.classList.contains('preview-info')) button.setAttribute('aria-expanded', 'false');
    anchor = null;
  }

  function hide() {
    clearTimeout(showTimer);
    asked++;
    if (card) card.hidden = true;
    release();
  }

  function hideSoon() {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, HIDE_AFTER);
  }

  function showSoon(link) {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    showTimer = setTimeout(function () { show(link); }, SHOW_AFTER);
  }

  var touch = window.matchMedia && window.matchMedia('(hover: none)').matches;
  if (!touch) {
    document.addEventListener('mouseover', function (event) {
      var link = entityLink(event.target);
      if (link) showSoon(link);
    });
    document.addEventListener('mouseout', function (event) {
      var link = entityLink(event.target);
      if (link && !link.contains(event.relatedTarget)) hideSoon();
    });
  }
  document.addEventListener('focusin', function (event) {
    var link = entityLink(event.target);
    if (link) showSoon(link);
  });
  document.addEventListener('focusout', function (event) {
    if (entityLink(event.target)) hideSoon();
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && card && !card.hidden) hide();
  });

  /** Touch screens: an info button after the first link to each entity in the page's main text and lists. */
  function addButtons() {
    var seen = {};
    makeCard();
    Array.prototype.forEach.call(document.querySelectorAll('main a[href]'), function (a) {
      var link = entityLink(a);
      if (!link || seen[link.pathname]) return;
      seen[link.pathname] = true;
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'preview-info';
      button.textContent = 'i';
      button.setAttribute('aria-label', 'About ' + link.textContent.trim());
      button.setAttribute('aria-expanded', 'false');
      button.setAttribute('aria-controls', 'preview-card');
      button.addEventListener('click', function () {
        if (anchor === link && card && !card.hidden) return hide();
        show(link);
        button.setAttribute('aria-expanded', 'true');
      });
      link.insertAdjacentElement('afterend', button);
    });
    document.addEventListener('click', function (event) {
      if (card && !card.hidden && !card.contains(event.target) && !event.target.closest('.preview-info')) hide();
    });
  }
  if (touch) addButtons();
})();
