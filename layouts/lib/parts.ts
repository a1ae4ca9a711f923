import type { SiteArticle } from '../../scripts/types.ts';
import type { Lookup, PageData } from './data.ts';
import { html, type SafeHtml } from './html.ts';

export function articleList(d: PageData, articles: readonly SiteArticle[], { href }: Lookup): SafeHtml {
  return html`<ul class="article-list">${articles.map(
    (a) => html`<li><a href="${href(a.url, d.page.url)}">${a.title}</a>${a.date ? html` <time datetime="${a.date}">${a.date}</time>` : ''}
<span class="count">${a.mentionCount} mention(s)</span></li>`,
  )}</ul>`;
}

export function searchForm(d: PageData, { href }: Lookup, id = 'q'): SafeHtml {
  return html`<form class="search-form" role="search" action="${href('/search/', d.page.url)}" method="get">
<label for="${id}">Search people, groups, places and articles</label>
<input id="${id}" name="q" type="search" placeholder="e.g. a name or a place" autocomplete="off">
<button type="submit">Search</button>
</form>`;
}
