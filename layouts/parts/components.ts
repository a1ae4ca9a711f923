import type { MentionContext, SiteArticle, SiteQuote } from '../../scripts/core/types/site.ts';
import { articlePath } from '../../scripts/core/urls.ts';
import { plural } from '../../scripts/core/text/plural.ts';
import type { Lookup, PageData } from './data.ts';
import { html, raw, type SafeHtml, bdi } from './html.ts';
import { formatDate } from './format.ts';

/** Date and outlet of an article, or "undated". */
export function articleMeta(a: Pick<SiteArticle, 'date' | 'outlet'>): SafeHtml {
  return html`${a.date ? html`<time datetime="${a.date}">${formatDate(a.date)}</time>` : html`<span class="undated">undated</span>`}${a.outlet ? html` · ${a.outlet}` : ''}`;
}

export function articleList(
  d: PageData,
  articles: readonly SiteArticle[],
  { href }: Lookup,
  excerpts = false,
): SafeHtml {
  return html`<ul class="article-list">${articles.map(
    (a) =>
      html`<li><a href="${href(a.url, d.page.url)}">${bdi(a.title)}</a> <span class="meta">${articleMeta(a)} · ${plural(a.mentionCount, 'mention')}</span>${excerpts ? html`<p class="excerpt">${a.excerpt}</p>` : ''}</li>`,
  )}</ul>`;
}

/**
 * A search box that submits to the search page. In the offline build, assets/offline-search.js
 * turns every one of them into a live list of matching entities and articles; online, assets/search.js
 * does the same with Pagefind.
 */
export function searchForm(d: PageData, { href }: Lookup, id = 'q', compact = false): SafeHtml {
  return html`<form class="search-form${compact ? ' compact' : ''}" role="search" action="${href('/search/', d.page.url)}" method="get" data-quick-search>
<label for="${id}"${compact ? html` class="visually-hidden"` : ''}>Search people, groups, places and articles</label>
<input id="${id}" name="q" type="search" placeholder="${compact ? 'Search  ( / )' : 'e.g. a name or a place'}" autocomplete="off">
<button type="submit">Search</button>
</form>`;
}

/** One sentence, every mention in it marked. */
export const sentence = (c: MentionContext): SafeHtml =>
  html`${c.parts.map((p, i) => (i % 2 ? html`<mark>${p}</mark>` : p))}`;

/**
 * Sentences grouped by article (each article's title, date and outlet once), each sentence linking to its
 * paragraph. With `quotes`, each article's quotes are shown where its group starts.
 */
export function contextList(
  d: PageData,
  { href, article }: Lookup,
  contexts: readonly MentionContext[],
  quotes: readonly SiteQuote[] = [],
  level: 2 | 3 = 3,
): SafeHtml {
  const groups: MentionContext[][] = [];
  for (const c of contexts) {
    const last = groups.at(-1);
    if (last && last[0]!.article === c.article) last.push(c);
    else groups.push([c]);
  }
  const to = (target: string) => href(target, d.page.url);
  return html`<div class="contexts">${groups.map((group) => {
    const id = group[0]!.article;
    const a = article.get(id);
    const said = quotes.filter((q) => q.article === id);
    return html`<section class="in-article-group">
${raw(`<h${level}>`)}<a href="${to(articlePath(id))}">${bdi(a?.title ?? id)}</a> <span class="meta">${a ? articleMeta(a) : ''}</span>${raw(`</h${level}>`)}
${said.length ? html`<ul class="quotes">${said.map((q) => html`<li><blockquote>“${q.text}”</blockquote><p class="source">${q.speaker ? html`${q.speaker}, ` : ''}<a href="${to(`${articlePath(q.article)}#${q.paragraph}`)}">paragraph ${q.paragraph.replace('p-', '')}</a></p></li>`)}</ul>` : ''}
<ul class="sentences">${group.map((c) => html`<li><blockquote>${sentence(c)}</blockquote> <a class="source" href="${to(`${articlePath(c.article)}#${c.paragraph}`)}">¶ ${c.paragraph.replace('p-', '')}</a></li>`)}</ul>
</section>`;
  })}</div>`;
}
