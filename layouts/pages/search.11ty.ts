import { lookup, type PageData } from '../parts/data.ts';
import { html } from '../parts/html.ts';
import { page } from '../parts/page.ts';
import { searchForm } from '../parts/components.ts';
import { guardPage, otherSubject } from '../parts/guardPage.ts';

export const data = { permalink: '/search/' };

/** The page, guarded: a throw gives a STAGE_FAILED warning and a minimal page (parts/guardPage.ts). */
export const render = guardPage(renderPage, (d) => otherSubject(d, 'Search'));

/**
 * Normal build: full-text search with Pagefind's JS API (assets/search.js), the query taken from ?q= so every search box lands here.
 * Offline build (file://, where Pagefind cannot run): the name/alias/title index of assets/offline-search.js.
 */
function renderPage(d: PageData): string {
  return d.build.offline ? offline(d) : pagefind(d);
}

function pagefind(d: PageData): string {
  const l = lookup(d);
  const to = (target: string) => l.href(target, d.page.url);
  const body = html`<h1>Search</h1>
${searchForm(d, l, 'search-page-q')}
<div id="search-facets" class="facets"></div>
<p id="search-status" role="status" aria-live="polite"></p>
<div id="search-results"></div>
<noscript><p>Search needs JavaScript. Browse <a href="${to('/people/')}">people</a>, <a href="${to('/groups/')}">groups</a>, <a href="${to('/places/')}">places</a> and <a href="${to('/articles/')}">articles</a> instead.</p></noscript>`;
  return page(d, {
    title: 'Search',
    description: 'Search the people, groups, places and articles.',
    body,
    head: facetsScript(d),
  });
}

/** The filters' script (assets/facets.js), before the search script that uses it (both deferred, run in order). */
const facetsScript = (d: PageData) =>
  html`<script src="${lookup(d).href('/assets/facets.js', d.page.url)}" defer></script>`;

function offline(d: PageData): string {
  const l = lookup(d);
  const body = html`<h1>Search</h1>
<p>This copy of the site works without a server: search finds people, groups and places by name or alias, and articles by title.</p>
${searchForm(d, l, 'search-page-q')}
<div id="search-facets" class="facets"></div>
<div id="offline-results" aria-live="polite"></div>`;
  return page(d, {
    title: 'Search',
    description: 'Search the people, groups, places and articles.',
    body,
    head: facetsScript(d),
  });
}
