import type { EntityType } from '../scripts/types.ts';
import { ENTITY_TYPES } from '../scripts/types.ts';
import { sectionPath } from '../scripts/urls.ts';
import { lookup, TYPE_LABEL, type PageData } from './lib/data.ts';
import { html, bdi } from './lib/html.ts';
import { placesMap } from './lib/map.ts';
import { page } from './lib/page.ts';

interface Data extends PageData {
  type: EntityType;
}

export const data = {
  pagination: { data: 'types', size: 1, alias: 'type', addAllPagesToCollections: false },
  types: ENTITY_TYPES,
  permalink: (d: Data) => sectionPath(d.type),
};

/** /people/, /groups/, /places/: every entity of the type, most mentioned first. */
export function render(d: Data): string {
  const { href, byType } = lookup(d);
  const to = (target: string) => href(target, d.page.url);
  const label = TYPE_LABEL[d.type].many;
  const list = byType[d.type];
  const body = html`<h1>${label}</h1>
<p>${list.length} ${label.toLowerCase()}, most mentioned first.</p>
${d.type === 'place' ? placesMap(d, lookup(d), list, { id: 'places-map' }) : ''}
${list.length === 0 ? html`<p>None found yet.</p>` : html`<table class="index">
<caption class="visually-hidden">${label} by number of mentions</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Also called</th><th scope="col" class="num">Mentions</th><th scope="col" class="num">Articles</th></tr></thead>
<tbody>${list.map((e) => html`<tr><td><a class="t-${e.type}" href="${to(e.url)}">${bdi(e.name)}</a></td><td>${e.aliases.join(', ')}</td><td class="num">${e.mentionCount}</td><td class="num">${e.articles.length}</td></tr>`)}</tbody>
</table>`}`;
  return page(d, { title: label, description: `All ${label.toLowerCase()} named in the articles.`, body });
}
