import type { MentionContext, SiteArticle } from '../../scripts/types.ts';
import { articlePath } from '../../scripts/urls.ts';
import type { Lookup, PageData } from './data.ts';
import { html, type SafeHtml, bdi } from './html.ts';

export function articleList(d: PageData, articles: readonly SiteArticle[], { href }: Lookup): SafeHtml {
  return html`<ul class="article-list">${articles.map(
    (a) => html`<li><a href="${href(a.url, d.page.url)}">${bdi(a.title)}</a>${a.date ? html` <time datetime="${a.date}">${a.date}</time>` : ''}
<span class="count">${a.mentionCount} mention(s)</span></li>`,
  )}</ul>`;
}

/**
 * A search box that submits to the search page. In the offline build, assets/offline-search.js
 * turns every one of them into a live list of matching entities and articles.
 */
export function searchForm(d: PageData, { href }: Lookup, id = 'q', compact = false): SafeHtml {
  return html`<form class="search-form${compact ? ' compact' : ''}" role="search" action="${href('/search/', d.page.url)}" method="get" data-quick-search>
<label for="${id}"${compact ? html` class="visually-hidden"` : ''}>Search people, groups, places and articles</label>
<input id="${id}" name="q" type="search" placeholder="${compact ? 'Search' : 'e.g. a name or a place'}" autocomplete="off">
<button type="submit">Search</button>
</form>`;
}

/** Mentions in their sentences, the mention highlighted, each linking to its paragraph; numbered from `first`. */
export function contextList(d: PageData, { href, article }: Lookup, contexts: readonly MentionContext[], first: number): SafeHtml {
  return html`<ol class="contexts"${first > 1 ? html` start="${first}"` : ''}>${contexts.map((c) => {
    const title = article.get(c.article)?.title ?? c.article;
    return html`<li><blockquote>${c.before}<mark>${c.text}</mark>${c.after}</blockquote>
<p class="source"><a href="${href(`${articlePath(c.article)}#${c.paragraph}`, d.page.url)}">${title}, paragraph ${c.paragraph.replace('p-', '')}</a></p></li>`;
  })}</ol>`;
}
