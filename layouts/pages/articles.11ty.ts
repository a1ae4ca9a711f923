import type { ArticleListPage, SiteArticle } from '../../scripts/core/types/site.ts';
import { plural } from '../../scripts/core/text/plural.ts';
import { outletSlug } from '../../scripts/core/sitePages.ts';
import { lookup, type PageData } from '../parts/data.ts';
import { html } from '../parts/html.ts';
import { page } from '../parts/page.ts';
import { pager } from '../parts/pager.ts';
import { articleList } from '../parts/components.ts';
import { guardPage, otherSubject } from '../parts/guardPage.ts';

interface Data extends PageData {
  list: ArticleListPage;
}

export const data = {
  pagination: { data: 'site.articleLists', size: 1, alias: 'list', addAllPagesToCollections: false },
  permalink: (d: Data) => d.list.url,
};

/** The page, guarded: a throw gives a STAGE_FAILED warning and a minimal page (parts/guardPage.ts). */
export const render = guardPage(renderPage, (d) =>
  otherSubject(d, 'Articles', () => d.list.ids.flatMap((id) => lookup(d).article.get(id) ?? [])),
);

/** The articles, newest first, with date, outlet and excerpt; the same list by year and by outlet, pre-built so the filters need no script. */
function renderPage(d: Data): string {
  const l = lookup(d);
  const to = (target: string) => l.href(target, d.page.url);
  const { list } = d;
  const firsts = d.site.articleLists.filter((p) => p.page === 1);
  const years = firsts.filter((p) => p.filter.kind === 'year');
  const outlets = firsts.filter((p) => p.filter.kind === 'outlet');
  const current = (p: ArticleListPage) =>
    p.url === list.url ||
    (list.page > 1 && p.filter.kind === list.filter.kind && JSON.stringify(p.filter) === JSON.stringify(list.filter));
  const name = (p: ArticleListPage) =>
    p.filter.kind === 'year' ? p.filter.year : p.filter.kind === 'outlet' ? p.filter.outlet : 'All';
  const link = (p: ArticleListPage) =>
    current(p)
      ? html`<li><span aria-current="page">${name(p)}</span> <span class="count">${p.total}</span></li>`
      : html`<li><a href="${to(p.url)}">${name(p)}</a> <span class="count">${p.total}</span></li>`;
  const title =
    list.filter.kind === 'year'
      ? `Articles of ${list.filter.year}`
      : list.filter.kind === 'outlet'
        ? html`Articles from ${list.filter.outlet}`
        : 'Articles';
  const articles = list.ids.map((id) => l.article.get(id)).filter((a): a is SiteArticle => Boolean(a));
  const base =
    list.filter.kind === 'all'
      ? '/articles/'
      : list.filter.kind === 'year'
        ? `/articles/years/${list.filter.year}/`
        : `/articles/outlets/${outletSlug(list.filter.outlet)}/`;
  const nav = (where: string) =>
    pager(d, l, {
      page: list.page,
      pages: list.pages,
      url: (n) => (n === 1 ? base : `${base}${n}/`),
      label: `Pages of articles (${where})`,
    });
  const body = html`<h1>${title}</h1>
<p>${plural(list.total, 'article')}, newest first; undated articles last${list.pages > 1 ? `; page ${list.page} of ${list.pages}` : ''}.</p>
${
  years.length || outlets.length
    ? html`<div class="filters">
<nav aria-label="Articles by year"><ul>${link(firsts[0]!)}${years.map(link)}</ul></nav>
${outlets.length ? html`<nav aria-label="Articles by outlet"><ul>${outlets.map(link)}</ul></nav>` : ''}
</div>`
    : ''
}
${nav('top')}
${articleList(d, articles, l, true)}
${nav('bottom')}`;
  return page(d, {
    title: list.page > 1 ? html`${title} (${list.page}/${list.pages})` : title,
    description: 'Every article in the knowledge base, newest first.',
    body,
  });
}
