import type { SiteArticle } from '../../scripts/core/types/site.ts';
import { ENTITY_TYPES } from '../../scripts/core/types/common.ts';
import { languageName } from '../../scripts/core/text/language.ts';
import { lookup, SCHEMA_TYPE, TYPE_LABEL, type PageData } from '../parts/data.ts';
import { html, raw, bdi } from '../parts/html.ts';
import { absoluteUrl, page } from '../parts/page.ts';
import { formatDate } from '../parts/format.ts';
import { guardPage, articleSubject } from '../parts/guardPage.ts';

interface Data extends PageData {
  article: SiteArticle;
}

export const data = {
  pagination: { data: 'site.articles', size: 1, alias: 'article', addAllPagesToCollections: false },
  permalink: (d: Data) => d.article.url,
};

/** The page, guarded: a throw gives a STAGE_FAILED warning and a minimal page (parts/guardPage.ts). */
export const render = guardPage(renderPage, (d) => articleSubject(d.article));

/** The search filters of outlet and year, and the date search results can be ordered by (assets/facets.js). */
const searchFacets = (a: SiteArticle) =>
  html`${a.outlet ? html`<span data-pagefind-filter="outlet:${a.outlet}"></span>` : ''}${a.date ? html`<span data-pagefind-filter="year:${a.date.slice(0, 4)}"></span><span data-pagefind-sort="date:${a.date}"></span>` : ''}`;

function renderPage(d: Data): string {
  const { article } = d;
  const { href, entity: entities } = lookup(d);
  const to = (target: string) => href(target, d.page.url);
  const groups = ENTITY_TYPES.filter((t) => article.entities[t].length > 0);
  // the language's English name is a search filter; a text not in English says so in its metadata line, and its
  // title and body carry lang="…" (for screen readers, hyphenation and translation)
  const language = article.language ? languageName(article.language) : undefined;
  const foreign = article.language !== undefined && article.language !== 'en';
  const langAttribute = foreign ? html` lang="${article.language}"` : '';
  const body = html`<div class="article-layout">
<article class="article" data-pagefind-body>
<p class="kicker" data-pagefind-ignore><span class="type-badge" data-pagefind-filter="type">Article</span>${language ? html`<span data-pagefind-filter="language:${language}"></span>` : ''}${searchFacets(article)}</p>
<h1 data-pagefind-weight="10"${article.date ? html` data-pagefind-meta="date:${article.date}"` : ''}${langAttribute}>${bdi(article.title)}</h1>
<p class="meta" data-pagefind-ignore>${article.date ? html`<time datetime="${article.date}">${formatDate(article.date)}</time> · ` : ''}${article.author ? html`${article.author} · ` : ''}${article.outlet ? html`${article.outlet} · ` : ''}${foreign ? html`<span class="language">${language}</span> · ` : ''}${article.sourceUrl ? html`<a href="${article.sourceUrl}" rel="noopener noreferrer">original</a> · ` : ''}<code>${article.source}</code></p>
${
  article.about?.length
    ? html`<p class="about" data-pagefind-ignore>Mainly about: ${article.about.map((id, i) => {
        const e = entities.get(id);
        return e ? html`${i ? ', ' : ''}<a class="t-${e.type}" href="${to(e.url)}">${bdi(e.name)}</a>` : '';
      })}</p>`
    : ''
}
<div class="body"${langAttribute}>
${raw(article.html)}
</div>
</article>
<aside class="in-article" aria-labelledby="in-article-h" data-pagefind-ignore>
<h2 id="in-article-h">In this article</h2>
${
  groups.length === 0
    ? foreign
      ? html`<p>Not searched for people, groups or places: only articles in English are.</p>`
      : html`<p>No people, groups or places were found.</p>`
    : ''
}
${groups.map(
  (t) => html`<h3>${TYPE_LABEL[t].many}</h3>
<ul class="entity-list">${article.entities[t].map((ref) => {
    const e = entities.get(ref.id);
    return e
      ? html`<li><a class="t-${e.type}" href="${to(e.url)}">${bdi(e.name)}</a> <span class="count">${ref.count}</span></li>`
      : '';
  })}</ul>`,
)}
</aside>
</div>`;
  const mentioned = ENTITY_TYPES.flatMap((t) => article.entities[t]).flatMap((ref) => {
    const e = entities.get(ref.id);
    return e
      ? [
          {
            '@type': SCHEMA_TYPE[e.type],
            name: e.name,
            ...(absoluteUrl(d, e.url) ? { url: absoluteUrl(d, e.url) } : {}),
          },
        ]
      : [];
  });
  const jsonLd = {
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.excerpt,
    ...(article.date ? { datePublished: article.date } : {}),
    ...(article.author ? { author: { '@type': 'Person', name: article.author } } : {}),
    ...(article.sourceUrl ? { isBasedOn: article.sourceUrl } : {}),
    ...(article.language ? { inLanguage: article.language } : {}),
    ...(absoluteUrl(d, article.url) ? { url: absoluteUrl(d, article.url) } : {}),
    mentions: mentioned,
  };
  return page(d, { title: article.title, description: article.excerpt, body, jsonLd, ogType: 'article' });
}
