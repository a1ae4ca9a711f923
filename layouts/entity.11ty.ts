import type { Role, SiteEntity } from '../scripts/types.ts';
import { articlePath } from '../scripts/urls.ts';
import { lookup, SCHEMA_TYPE, TYPE_LABEL, type PageData } from './lib/data.ts';
import { html, bdi } from './lib/html.ts';
import { formatWeight } from './lib/format.ts';
import { placesMap } from './lib/map.ts';
import { contextList } from './lib/parts.ts';
import { CONTEXTS_ON_ENTITY_PAGE } from '../scripts/link/index.ts';
import { absoluteUrl, page } from './lib/page.ts';

interface Data extends PageData {
  entity: SiteEntity;
}

/** Limits that keep an entity page small however often it is mentioned; everything is on its mention pages, /graph/ and kb.json. */
const MAX_RELATED = 6;
const MAX_QUOTES = 3;
const MAX_ROLES = 5;
const MAX_ARTICLES = 5;
const MAX_MAP_PLACES = 12;

/** Each distinct role once, as the articles word it. */
function roles(entity: SiteEntity): Role[] {
  const seen = new Set<string>();
  return (entity.roles ?? [])
    .filter((r) => {
      const key = `${r.title.toLowerCase()}|${r.of ?? ''}`;
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .slice(0, MAX_ROLES);
}

const shorten = (s: string, max = 80) => (s.length <= max ? s : `${s.slice(0, Math.max(s.lastIndexOf(' ', max), max / 2))}…`);

export const data = {
  pagination: { data: 'site.entities', size: 1, alias: 'entity', addAllPagesToCollections: false },
  permalink: (d: Data) => d.entity.url,
  eleventyComputed: {},
};

export function render(d: Data): string {
  const { entity } = d;
  const { href, entity: entities, article: articles } = lookup(d);
  const to = (target: string) => href(target, d.page.url);
  const label = TYPE_LABEL[entity.type].one;
  const articleCount = entity.articles.length;
  const description = `${label} mentioned ${entity.mentionCount} time(s) in ${articleCount} article(s)${entity.aliases.length ? `; also called ${entity.aliases.join(', ')}` : ''}.`;

  const body = html`<article class="entity t-${entity.type}" data-pagefind-body>
<p class="kicker"><span class="type-badge t-${entity.type}" data-pagefind-filter="type">${label}</span></p>
<h1 data-pagefind-weight="10">${bdi(entity.name)}</h1>
${roles(entity).length ? html`<p class="roles">${roles(entity).map((r, i) => {
    const of = r.of ? entities.get(r.of) : undefined;
    return html`${i ? ' · ' : ''}${r.title}${of ? html`, <a href="${to(of.url)}">${of.name}</a>` : ''}`;
  })}</p>` : ''}
${entity.aliases.length ? html`<p class="aka">Also called <span data-pagefind-weight="8">${entity.aliases.map((a, i) => html`${i ? ', ' : ''}<q>${a}</q>`)}</span></p>` : ''}
${entity.description ? html`<p class="description">${entity.description}</p>` : ''}
<p class="stats">${entity.mentionCount} mention(s) in ${articleCount} article(s).</p>
${entity.type === 'place' && entity.geo ? placesMap(d, lookup(d), [entity, ...entity.related.map((r) => entities.get(r.id)).filter((e): e is SiteEntity => e?.type === 'place' && Boolean(e.geo)).slice(0, MAX_MAP_PLACES)], { focus: entity, id: 'place-map' }) : ''}

<section aria-labelledby="mentions-h" data-pagefind-ignore>
<h2 id="mentions-h">Mentions in context</h2>
${contextList(d, lookup(d), entity.contexts.slice(0, CONTEXTS_ON_ENTITY_PAGE), 1)}
${entity.mentionCount > CONTEXTS_ON_ENTITY_PAGE ? html`<p class="more"><a href="${to(`${entity.url}mentions/`)}">All ${entity.mentionCount} mentions in context</a></p>` : ''}
</section>

${entity.quotes?.length ? html`<section aria-labelledby="said-h" data-pagefind-ignore>
<h2 id="said-h">Said</h2>
<ul class="quotes">${entity.quotes.slice(0, MAX_QUOTES).map((q) => {
    const article = articles.get(q.article);
    return html`<li><blockquote>“${shorten(q.text, 240)}”</blockquote>
<p class="source">${q.speaker ? html`${q.speaker}, ` : ''}<a href="${to(`${articlePath(q.article)}#${q.paragraph}`)}">${article?.title ?? q.article}, paragraph ${q.paragraph.replace('p-', '')}</a></p></li>`;
  })}</ul>
${entity.quotes.length > MAX_QUOTES ? html`<p class="more">And ${entity.quotes.length - MAX_QUOTES} more quotes in <a href="${to('/kb.json')}">kb.json</a>.</p>` : ''}
</section>` : ''}

${entity.related.length ? html`<section aria-labelledby="related-h" data-pagefind-ignore>
<h2 id="related-h">Related</h2>
<table class="related sortable">
<caption>Named with ${entity.name}: a shared sentence counts 1, a shared paragraph 0.25${entity.related.length > MAX_RELATED ? `; the ${MAX_RELATED} strongest of ${entity.related.length}` : ''}</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col" class="num">Strength</th><th scope="col">For example</th></tr></thead>
<tbody>${entity.related.slice(0, MAX_RELATED).map((r) => {
    const other = entities.get(r.id);
    if (!other) return '';
    return html`<tr><td><a class="t-${other.type}" href="${to(other.url)}">${bdi(other.name)}</a></td><td>${TYPE_LABEL[other.type].one}</td><td class="num">${formatWeight(r.weight)}</td><td class="evidence">${shorten(r.evidence.sentence)}</td></tr>`;
  })}</tbody>
</table>
</section>` : ''}

<section aria-labelledby="articles-h" data-pagefind-ignore>
<h2 id="articles-h">Articles</h2>
<ul class="articles">${entity.articles.slice(0, MAX_ARTICLES).map((ref) => {
    const article = articles.get(ref.id);
    return article ? html`<li><a href="${to(article.url)}">${bdi(article.title)}</a> <span class="count">${ref.count} mention(s)</span></li>` : '';
  })}</ul>
${entity.articles.length > MAX_ARTICLES ? html`<p class="more">And ${entity.articles.length - MAX_ARTICLES} more: see <a href="${to(`${entity.url}mentions/`)}">all mentions</a>.</p>` : ''}
</section>
</article>`;
  const jsonLd = {
    '@type': SCHEMA_TYPE[entity.type],
    name: entity.name,
    ...(entity.aliases.length ? { alternateName: entity.aliases } : {}),
    description: entity.description ?? description,
    ...(absoluteUrl(d, entity.url) ? { url: absoluteUrl(d, entity.url) } : {}),
    ...(entity.geo ? { geo: { '@type': 'GeoCoordinates', latitude: entity.geo.lat, longitude: entity.geo.lon } } : {}),
  };
  return page(d, { title: entity.name, description, body, jsonLd, ogType: entity.type === 'person' ? 'profile' : 'website', sortable: entity.related.length > 1 });
}
