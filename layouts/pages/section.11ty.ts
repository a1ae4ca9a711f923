import type { EntityType } from '../../scripts/core/types/common.ts';
import type { LetterPage, SiteEntity } from '../../scripts/core/types/site.ts';
import { ENTITY_TYPES } from '../../scripts/core/types/common.ts';
import { sectionPath } from '../../scripts/core/urls.ts';
import { plural } from '../../scripts/core/text/plural.ts';
import { INDEX_ROWS } from '../../scripts/core/sitePages.ts';
import { lookup, TYPE_LABEL, type Lookup, type PageData } from '../parts/data.ts';
import { html, bdi, joinHtml, type SafeHtml } from '../parts/html.ts';
import { placesMap } from '../parts/map.ts';
import { page } from '../parts/page.ts';
import { guardPage, otherSubject } from '../parts/guardPage.ts';

/** One index page: a whole section (most mentioned first), or one letter of it (by name). */
type View = { type: EntityType; letter?: undefined } | { type: EntityType; letter: LetterPage };

interface Data extends PageData {
  view: View;
}

export const data = {
  pagination: {
    data: 'views',
    size: 1,
    alias: 'view',
    addAllPagesToCollections: false,
    before: (_: unknown, d: PageData) => [
      ...ENTITY_TYPES.map((type) => ({ type })),
      ...d.site.letterPages.map((letter) => ({ type: letter.type, letter })),
    ],
  },
  views: [0],
  permalink: (d: Data) => (d.view.letter ? d.view.letter.url : sectionPath(d.view.type)),
};

function table(d: PageData, l: Lookup, label: string, list: readonly SiteEntity[], caption: string): SafeHtml {
  const to = (target: string) => l.href(target, d.page.url);
  return html`<div class="table-wrap"><table class="index sortable">
<caption class="visually-hidden">${caption}</caption>
<thead><tr><th scope="col">Name</th><th scope="col" class="num">Mentions</th><th scope="col" class="num">Articles</th></tr></thead>
<tbody>${list.map((e) => html`<tr><td><a class="t-${e.type}" href="${to(e.url)}">${bdi(e.name)}</a>${e.aliases.length ? html`<br><span class="meta">also ${joinHtml(e.aliases.slice(0, 4))}${e.aliases.length > 4 ? '…' : ''}</span>` : ''}</td><td class="num">${e.mentionCount}</td><td class="num">${e.articles.length}</td></tr>`)}</tbody>
</table></div>${list.length === 0 ? html`<p>None found yet. ${label}</p>` : ''}`;
}

/** The page, guarded: a throw gives a STAGE_FAILED warning and a minimal page (parts/guardPage.ts). */
export const render = guardPage(renderPage, (d) =>
  otherSubject(d, TYPE_LABEL[d.view.type].many, () =>
    d.view.letter
      ? d.view.letter.ids.flatMap((id) => lookup(d).entity.get(id) ?? []).map((e) => ({ title: e.name, url: e.url }))
      : lookup(d)
          .byType[d.view.type].slice(0, INDEX_ROWS)
          .map((e) => ({ title: e.name, url: e.url })),
  ),
);

/** /people/, /groups/, /places/: the most mentioned first (the first 300), and past that one page per letter. */
function renderPage(d: Data): string {
  const l = lookup(d);
  const { href, byType } = l;
  const to = (target: string) => href(target, d.page.url);
  const { type, letter } = d.view;
  const label = TYPE_LABEL[type].many;
  const all = byType[type];
  const letters = d.site.letterPages.filter((p) => p.type === type);
  const letterNav = letters.length
    ? html`<nav class="letters" aria-label="${label} by first letter"><ul>${letters.map((p) =>
        p === letter
          ? html`<li><span aria-current="page">${p.letter}</span></li>`
          : html`<li><a href="${to(p.url)}">${p.letter}</a></li>`,
      )}</ul></nav>`
    : '';
  const noun = TYPE_LABEL[type].one.toLowerCase();
  const many = label.toLowerCase();
  if (letter) {
    const list = letter.ids.map((id) => l.entity.get(id)).filter((e): e is SiteEntity => Boolean(e));
    const body = html`<h1>${label}: ${letter.letter === '#' ? 'other' : letter.letter}</h1>
<p>${plural(list.length, noun, many)} whose name starts with ${letter.letter === '#' ? 'another character' : letter.letter}, by name. <a href="${to(sectionPath(type))}">The most mentioned ${many}</a>.</p>
${letterNav}
${table(d, l, '', list, `${label} starting with ${letter.letter}`)}`;
    return page(d, {
      title: `${label}: ${letter.letter}`,
      description: `${label} named in the articles, by name.`,
      body,
      sortable: list.length > 1,
    });
  }
  const shown = all.slice(0, INDEX_ROWS);
  const located = all.filter((e) => e.geo);
  const body = html`<h1>${label}</h1>
<p>${plural(all.length, noun, many)}, most mentioned first${all.length > INDEX_ROWS ? `; the ${INDEX_ROWS} most mentioned here, every one by first letter` : ''}.</p>
${letterNav}
${
  type === 'place' && all.length
    ? html`<div class="map-layout">${placesMap(d, l, located, { id: 'places-map' })}
<div class="no-coords"><h2 id="no-coords-h">Not on the map</h2><p>${plural(all.length - located.length, 'place')} without coordinates the articles can support${all.length - located.length ? ', most mentioned first:' : '.'}</p>
<ul>${all
        .filter((e) => !e.geo)
        .slice(0, 30)
        .map(
          (e) => html`<li><a href="${to(e.url)}">${bdi(e.name)}</a> <span class="count">${e.mentionCount}</span></li>`,
        )}</ul></div></div>`
    : ''
}
${table(d, l, '', shown, `${label} by number of mentions`)}`;
  return page(d, { title: label, description: `All ${many} named in the articles.`, body, sortable: shown.length > 1 });
}
