import { lookup, type PageData } from './lib/data.ts';
import { html, jsonForScript } from './lib/html.ts';
import { page } from './lib/page.ts';
import { searchForm } from './lib/parts.ts';

export const data = { permalink: '/search/' };

/**
 * Normal build: Pagefind's full-text UI, with the query taken from ?q= so every search box lands here.
 * Offline build (file://, where Pagefind cannot run): the name/alias/title index of assets/offline-search.js.
 */
export function render(d: PageData): string {
  return d.build.offline ? offline(d) : pagefind(d);
}

function pagefind(d: PageData): string {
  const { href } = lookup(d);
  const to = (target: string) => href(target, d.page.url);
  const head = html`<link rel="stylesheet" href="${to('/pagefind/pagefind-ui.css')}">`;
  const settings = { element: '#search', showSubResults: true, showImages: false, baseUrl: d.build.pathPrefix, resetStyles: false };
  const body = html`<h1>Search</h1>
<div id="search" class="search"></div>
<noscript><p>Search needs JavaScript. Browse <a href="${to('/people/')}">people</a>, <a href="${to('/groups/')}">groups</a> and <a href="${to('/places/')}">places</a> instead.</p></noscript>
<script src="${to('/pagefind/pagefind-ui.js')}"></script>
<script>
(function () {
  var ui = new PagefindUI(${jsonForScript(settings)});
  // Pagefind's input carries only a placeholder: give it an accessible name once it is mounted.
  var root = document.getElementById('search');
  var label = function () {
    var input = root.querySelector('input');
    if (input && !input.hasAttribute('aria-label')) input.setAttribute('aria-label', 'Search people, groups, places and articles');
  };
  label();
  new MutationObserver(label).observe(root, { childList: true, subtree: true });
  var q = new URLSearchParams(location.search).get('q');
  if (q) ui.triggerSearch(q);
})();
</script>`;
  return page(d, { title: 'Search', description: 'Search the people, groups, places and articles.', body, head });
}

function offline(d: PageData): string {
  const l = lookup(d);
  const body = html`<h1>Search</h1>
<p>This copy of the site works without a server: search finds people, groups and places by name or alias, and articles by title.</p>
${searchForm(d, l, 'search-page-q')}
<div id="offline-results" aria-live="polite"></div>`;
  return page(d, { title: 'Search', description: 'Search the people, groups, places and articles.', body });
}
