import { MENTIONS_PER_PAGE } from '../scripts/link/index.ts';
import type { MentionPage } from '../scripts/types.ts';
import { lookup, TYPE_LABEL, type PageData } from './lib/data.ts';
import { html, bdi } from './lib/html.ts';
import { page } from './lib/page.ts';
import { contextList } from './lib/parts.ts';

interface Data extends PageData {
  mentionPage: MentionPage;
}

/**
 * Every mention of an often-mentioned entity, in context, 100 to a page: its own page shows the
 * first few so it stays small. Not indexed for search (no data-pagefind-body): the articles are.
 */
export const data = {
  pagination: { data: 'site.mentionPages', size: 1, alias: 'mentionPage', addAllPagesToCollections: false },
  permalink: (d: Data) => d.mentionPage.url,
};

export function render(d: Data): string {
  const l = lookup(d);
  const to = (target: string) => l.href(target, d.page.url);
  const { mentionPage: mp } = d;
  const entity = l.entity.get(mp.entity)!;
  const contexts = entity.contexts.slice(mp.start, mp.start + MENTIONS_PER_PAGE);
  const pageUrl = (n: number) => `${entity.url}mentions/${n > 1 ? `${n}/` : ''}`;
  const pager = mp.pages > 1 ? html`<nav class="pager" aria-label="Pages of mentions"><ul>${Array.from({ length: mp.pages }, (_, i) => i + 1).map((n) =>
    n === mp.page ? html`<li><span aria-current="page">${n}</span></li>` : html`<li><a href="${to(pageUrl(n))}">${n}</a></li>`,
  )}</ul></nav>` : html``;
  const body = html`<p class="kicker"><span class="type-badge t-${entity.type}">${TYPE_LABEL[entity.type].one}</span></p>
<h1>Mentions of ${bdi(entity.name)}</h1>
<p><a href="${to(entity.url)}">${entity.name}</a>: ${entity.mentionCount} mentions in ${entity.articles.length} article(s)${mp.pages > 1 ? `; page ${mp.page} of ${mp.pages}` : ''}.</p>
${pager}
${contextList(d, l, contexts, mp.start + 1)}
${pager}`;
  return page(d, { title: `Mentions of ${entity.name}${mp.pages > 1 ? ` (${mp.page}/${mp.pages})` : ''}`, description: `Every mention of ${entity.name} in its sentence.`, body });
}
