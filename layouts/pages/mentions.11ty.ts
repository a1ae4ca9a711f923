import { MENTIONS_PER_PAGE } from '../../scripts/core/sitePages.ts';
import type { MentionPage } from '../../scripts/core/types/site.ts';
import { plural } from '../../scripts/core/text/plural.ts';
import { lookup, TYPE_LABEL, type PageData } from '../parts/data.ts';
import { html, bdi } from '../parts/html.ts';
import { page } from '../parts/page.ts';
import { pager } from '../parts/pager.ts';
import { contextList } from '../parts/components.ts';
import { guardPage, entitySubject } from '../parts/guardPage.ts';

interface Data extends PageData {
  mentionPage: MentionPage;
}

/**
 * Every sentence naming an often-mentioned entity, grouped by article (newest first), 100 sentences to a
 * page, with each article's quotes: its own page shows the first few so it stays small. Not indexed for
 * search (no data-pagefind-body): the articles are.
 */
export const data = {
  pagination: { data: 'site.mentionPages', size: 1, alias: 'mentionPage', addAllPagesToCollections: false },
  permalink: (d: Data) => d.mentionPage.url,
};

/** The page, guarded: a throw gives a STAGE_FAILED warning and a minimal page (parts/guardPage.ts). */
export const render = guardPage(renderPage, (d) => {
  const entity = lookup(d).entity.get(d.mentionPage.entity)!;
  return entitySubject(d, entity, html`Mentions of ${entity.name}`);
});

function renderPage(d: Data): string {
  const l = lookup(d);
  const to = (target: string) => l.href(target, d.page.url);
  const { mentionPage: mp } = d;
  const entity = l.entity.get(mp.entity)!;
  const contexts = entity.contexts.slice(mp.start, mp.start + MENTIONS_PER_PAGE);
  // each article's quotes once: on the page where its group of sentences starts
  const starts = new Set(
    contexts
      .filter((c, i) =>
        i > 0
          ? contexts[i - 1]!.article !== c.article
          : mp.start === 0 || entity.contexts[mp.start - 1]!.article !== c.article,
      )
      .map((c) => c.article),
  );
  const quotes = (entity.quotes ?? []).filter(
    (q) => starts.has(q.article) || (mp.page === 1 && !entity.contexts.some((c) => c.article === q.article)),
  );
  const nav = (where: string) =>
    pager(d, l, {
      page: mp.page,
      pages: mp.pages,
      url: (n) => `${entity.url}mentions/${n > 1 ? `${n}/` : ''}`,
      label: `Pages of mentions (${where})`,
    });
  const body = html`<p class="kicker"><span class="type-badge t-${entity.type}">${TYPE_LABEL[entity.type].one}</span></p>
<h1>Mentions of ${bdi(entity.name)}</h1>
<p><a href="${to(entity.url)}">${entity.name}</a>: ${plural(entity.mentionCount, 'mention')} in ${plural(entity.contexts.length, 'sentence')} of ${plural(entity.articles.length, 'article')}, newest first${entity.quotes?.length ? `; ${plural(entity.quotes.length, 'quote')}` : ''}${mp.pages > 1 ? `; page ${mp.page} of ${mp.pages}` : ''}.</p>
${nav('top')}
${contextList(d, l, contexts, quotes, 2)}
${nav('bottom')}`;
  return page(d, {
    title: html`Mentions of ${entity.name}${mp.pages > 1 ? ` (${mp.page}/${mp.pages})` : ''}`,
    description: html`Every mention of ${entity.name} in its sentence.`,
    body,
  });
}
