import type { Relation } from '../../scripts/core/types/evidence.ts';
import { plural } from '../../scripts/core/text/plural.ts';
import { lookup, TYPE_LABEL, type PageData } from '../parts/data.ts';
import { html, bdi } from '../parts/html.ts';
import { relationWords } from '../parts/format.ts';
import { page } from '../parts/page.ts';
import { pager } from '../parts/pager.ts';
import { guardPage, otherSubject } from '../parts/guardPage.ts';

/** Rows per page of the relations list. */
export const RELATIONS_PER_PAGE = 200;

interface Data extends PageData {
  pagination: { items: Relation[]; pageNumber: number; pages: unknown[] };
}

const urlOf = (n: number) => (n === 0 ? '/graph/relations/' : `/graph/relations/${n + 1}/`);

export const data = {
  pagination: {
    data: 'site.relations',
    size: RELATIONS_PER_PAGE,
    addAllPagesToCollections: false,
    generatePageOnEmptyData: true,
  },
  permalink: (d: Data) => urlOf(d.pagination.pageNumber),
};

/** The page, guarded: a throw gives a STAGE_FAILED warning and a minimal page (parts/guardPage.ts). */
export const render = guardPage(renderPage, (d) => otherSubject(d, 'Relations'));

/** Every relation, strongest first, 200 to a page; all of them in /graph/relations.csv. */
function renderPage(d: Data): string {
  const l = lookup(d);
  const to = (target: string) => l.href(target, d.page.url);
  const n = d.pagination.pageNumber;
  const pages = Math.max(1, d.pagination.pages.length);
  const total = d.site.relations.length;
  const nav = (where: string) =>
    pager(d, l, { page: n + 1, pages, url: (k) => urlOf(k - 1), label: `Pages of relations (${where})` });
  const body = html`<h1>Relations</h1>
<p>${plural(total, 'pair')} of entities named together, strongest first${pages > 1 ? `; page ${n + 1} of ${pages}` : ''}. <a href="${to('/graph/relations.csv')}" download>Download all as CSV</a> · <a href="${to('/graph/')}">the network</a>.</p>
${nav('top')}
${
  total === 0
    ? html`<p>No relations yet.</p>`
    : html`<ol class="relation-list" start="${n * RELATIONS_PER_PAGE + 1}">${d.pagination.items.map((r) => {
        const a = l.entity.get(r.source);
        const b = l.entity.get(r.target);
        return a && b
          ? html`<li><a class="t-${a.type}" href="${to(a.url)}">${bdi(a.name)}</a> <span class="meta">(${TYPE_LABEL[a.type].one})</span> and <a class="t-${b.type}" href="${to(b.url)}">${bdi(b.name)}</a> <span class="meta">(${TYPE_LABEL[b.type].one})</span>: ${relationWords(r)}</li>`
          : '';
      })}</ol>`
}
${nav('bottom')}`;
  return page(d, {
    title: pages > 1 ? `Relations (${n + 1}/${pages})` : 'Relations',
    description: 'Every pair of entities named together in the articles.',
    body,
  });
}
