import { ENTITY_TYPES } from '../../scripts/core/types/common.ts';
import { sectionPath } from '../../scripts/core/urls.ts';
import { lookup, TYPE_LABEL, type PageData } from '../parts/data.ts';
import { html, bdi } from '../parts/html.ts';
import { page } from '../parts/page.ts';
import { plural } from '../../scripts/core/text/plural.ts';
import { articleList, searchForm } from '../parts/components.ts';
import { byDateDesc } from '../../scripts/core/sitePages.ts';
import { guardPage, otherSubject } from '../parts/guardPage.ts';

export const data = { permalink: '/' };

const TOP = 10;
const RECENT = 20;

/** The page, guarded: a throw gives a STAGE_FAILED warning and a minimal page (parts/guardPage.ts). */
export const render = guardPage(renderPage, (d) => otherSubject(d, 'Dossier', () => d.site.articles));

function renderPage(d: PageData): string {
  const l = lookup(d);
  const to = (target: string) => l.href(target, d.page.url);
  const { site } = d;
  const recent = [...site.articles].sort(byDateDesc).slice(0, RECENT);
  const body = html`<h1>Dossier</h1>
<p class="lead">${plural(site.articles.length, 'article')} naming ${ENTITY_TYPES.map((t, i) => html`${i ? (i === ENTITY_TYPES.length - 1 ? ' and ' : ', ') : ''}<a href="${to(sectionPath(t))}">${plural(site.counts[t], TYPE_LABEL[t].one.toLowerCase(), TYPE_LABEL[t].many.toLowerCase())}</a>`)}, in ${plural(site.mentionCount, 'mention')}.</p>
${searchForm(d, l)}
<div class="top-grid">${ENTITY_TYPES.map(
    (t) => html`<section aria-labelledby="top-${t}">
<h2 id="top-${t}">${TYPE_LABEL[t].many}</h2>
${l.byType[t].length === 0 ? html`<p>None yet.</p>` : html`<ol class="entity-list">${l.byType[t].slice(0, TOP).map((e) => html`<li><a class="t-${e.type}" href="${to(e.url)}">${bdi(e.name)}</a> <span class="count">${e.mentionCount}</span></li>`)}</ol>`}
<p><a href="${to(sectionPath(t))}">All ${TYPE_LABEL[t].many.toLowerCase()}</a></p>
</section>`,
  )}</div>
<section aria-labelledby="articles-h">
<h2 id="articles-h">Articles</h2>
${articleList(d, recent, l)}
${site.articles.length > RECENT ? html`<p><a href="${to('/articles/')}">All ${site.articles.length} articles</a></p>` : ''}
</section>`;
  return page(d, {
    title: 'Dossier',
    description: `A knowledge base of the people, groups and places in ${plural(site.articles.length, 'article')}.`,
    body,
  });
}
