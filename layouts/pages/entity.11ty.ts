import type { SiteEntity, SiteOffice } from '../../scripts/core/types/site.ts';
import { articlePath } from '../../scripts/core/urls.ts';
import { plural } from '../../scripts/core/text/plural.ts';
import { CONTEXTS_ON_ENTITY_PAGE, QUOTES_ON_ENTITY_PAGE } from '../../scripts/core/sitePages.ts';
import { lookup, SCHEMA_TYPE, TYPE_LABEL, type Lookup, type PageData } from '../parts/data.ts';
import { html, bdi, joinHtml, type SafeHtml } from '../parts/html.ts';
import { relationWords } from '../parts/format.ts';
import { localGraphSvg } from '../parts/localGraph.ts';
import { placesMap } from '../parts/map.ts';
import { articleMeta, contextList } from '../parts/components.ts';
import { timeline, timelineSvg, type Timeline } from '../parts/timeline.ts';
import { absoluteUrl, page } from '../parts/page.ts';
import { guardPage, entitySubject } from '../parts/guardPage.ts';

interface Data extends PageData {
  entity: SiteEntity;
}

/** Limits that keep an entity page small however often it is mentioned; everything is on its mention pages, /graph/ and kb.json. */
const MAX_RELATED = 6;
const MAX_ROLES = 5;
const MAX_ARTICLES = 15;
const MAX_MAP_PLACES = 12;

const shorten = (s: string, max = 80) =>
  s.length <= max ? s : `${s.slice(0, Math.max(s.lastIndexOf(' ', max), max / 2))}…`;

export const data = {
  pagination: { data: 'site.entities', size: 1, alias: 'entity', addAllPagesToCollections: false },
  permalink: (d: Data) => d.entity.url,
  eleventyComputed: {},
};

/** What the parts of an entity page read: the entity, the lookups, and the figures computed once for the page. */
interface EntityView {
  d: Data;
  l: Lookup;
  entity: SiteEntity;
  entities: Lookup['entity'];
  articles: Lookup['article'];
  /** A link to a site path from this page. */
  to: (target: string) => string;
  label: string;
  articleCount: number;
  counted: string;
  /** For JSON-LD (data: the names as written). */
  description: string;
  /** For the page's meta description: each name isolated on its own (see `isolateBidi`). */
  descriptionHtml: SafeHtml;
  roles: SiteOffice[];
  t: Timeline;
  mentionsUrl: string;
  hasMore: boolean;
  /** The places on the map: the place itself and the related places with coordinates (none for a person or group). */
  places: SiteEntity[];
}

/** The page, guarded: a throw gives a STAGE_FAILED warning and a minimal page (parts/guardPage.ts). */
export const render = guardPage(renderPage, (d) => entitySubject(d, d.entity));

/** An entity as a dossier: evidence in the main column (sentences, quotes, the articles over time), facts and its network beside it. */
function renderPage(d: Data): string {
  const v = entityView(d);
  const { entity } = v;
  const body = html`<article class="entity t-${entity.type}" data-pagefind-body>
${headerPart(v)}
<div class="dossier">
<div class="evidence" data-pagefind-ignore>
${mentionsSection(v)}
${saidSection(v)}
${articlesSection(v)}
</div>
${factsAside(v)}
</div>
</article>`;
  const jsonLd = entityJsonLd(d, entity, v.description);
  return page(d, {
    title: entity.name,
    description: v.descriptionHtml,
    body,
    jsonLd,
    ogType: entity.type === 'person' ? 'profile' : 'website',
  });
}

/** The figures of the page, computed once: label, counts, description, roles, timeline, map places. */
function entityView(d: Data): EntityView {
  const { entity } = d;
  const l = lookup(d);
  const { href, entity: entities, article: articles } = l;
  const to = (target: string) => href(target, d.page.url);
  const label = TYPE_LABEL[entity.type].one;
  const articleCount = entity.articles.length;
  const counted = `${plural(entity.mentionCount, 'mention')} in ${plural(articleCount, 'article')}`;
  const description = `${label} with ${counted}${entity.aliases.length ? `; also called ${entity.aliases.join(', ')}` : ''}.`;
  const descriptionHtml = html`${label} with ${counted}${entity.aliases.length ? html`; also called ${joinHtml(entity.aliases)}` : ''}.`;
  const roles = (entity.offices ?? []).slice(0, MAX_ROLES);
  const t = timeline(entity, l);
  const mentionsUrl = `${entity.url}mentions/`;
  const hasMore =
    entity.contexts.length > CONTEXTS_ON_ENTITY_PAGE || (entity.quotes?.length ?? 0) > QUOTES_ON_ENTITY_PAGE;
  const places =
    entity.type === 'place' && entity.geo
      ? [
          entity,
          ...entity.related
            .map((r) => entities.get(r.id))
            .filter((e): e is SiteEntity => e?.type === 'place' && Boolean(e.geo))
            .slice(0, MAX_MAP_PLACES),
        ]
      : [];
  return {
    d,
    l,
    entity,
    entities,
    articles,
    to,
    label,
    articleCount,
    counted,
    description,
    descriptionHtml,
    roles,
    t,
    mentionsUrl,
    hasMore,
    places,
  };
}

/** The head of the page: type, name, roles, other names, description, and the count of mentions. */
function headerPart({ entity, entities, label, counted, roles }: EntityView): SafeHtml {
  return html`<header class="entity-head">
<p class="kicker"><span class="type-badge t-${entity.type}" data-pagefind-filter="type">${label}</span></p>
<h1 data-pagefind-weight="10">${bdi(entity.name)}</h1>
${roles.length ? html`<p class="roles">${roles.map((r, i) => html`${i ? ' · ' : ''}${r.wording}${r.role.of && entities.get(r.role.of) ? html`, ${entities.get(r.role.of)!.name}` : ''}`)}</p>` : ''}
${entity.aliases.length ? html`<p class="aka">Also called <span data-pagefind-weight="8">${entity.aliases.map((a, i) => html`${i ? ', ' : ''}<q>${a}</q>`)}</span></p>` : ''}
${entity.description ? html`<p class="description">${entity.description}</p>` : ''}
<p class="stats" data-pagefind-ignore>${counted}.</p>
</header>`;
}

/** "Mentions in context": the first sentences that name the entity, and a link to all of them. */
function mentionsSection({ d, l, entity, to, mentionsUrl, hasMore }: EntityView): SafeHtml {
  return html`<section aria-labelledby="mentions-h">
<h2 id="mentions-h">Mentions in context</h2>
${contextList(d, l, entity.contexts.slice(0, CONTEXTS_ON_ENTITY_PAGE))}
${hasMore ? html`<p class="more"><a href="${to(mentionsUrl)}">All ${plural(entity.contexts.length, 'sentence')}${entity.quotes?.length ? ` and ${plural(entity.quotes.length, 'quote')}` : ''}, by article</a></p>` : ''}
</section>`;
}

/** "Said": the entity's first quotes with their sources (empty when it is quoted nowhere). */
function saidSection({ entity, articles, to, mentionsUrl }: EntityView): SafeHtml {
  return entity.quotes?.length
    ? html`<section aria-labelledby="said-h">
<h2 id="said-h">Said</h2>
<ul class="quotes">${entity.quotes.slice(0, QUOTES_ON_ENTITY_PAGE).map((q) => {
        const article = articles.get(q.article);
        return html`<li><blockquote>“${shorten(q.text, 240)}”</blockquote>
<p class="source">${q.speaker ? html`${q.speaker}, ` : ''}<a href="${to(`${articlePath(q.article)}#${q.paragraph}`)}">${bdi(article?.title ?? q.article)}, paragraph ${q.paragraph.replace('p-', '')}</a></p></li>`;
      })}</ul>
${entity.quotes.length > QUOTES_ON_ENTITY_PAGE ? html`<p class="more"><a href="${to(mentionsUrl)}">All ${plural(entity.quotes.length, 'quote')}, with their articles</a></p>` : ''}
</section>`
    : html``;
}

/** "Over time": the timeline and the first articles that mention the entity. */
function articlesSection({ entity, articles, to, articleCount, t, mentionsUrl }: EntityView): SafeHtml {
  return html`<section aria-labelledby="articles-h">
<h2 id="articles-h">Over time</h2>
${timelineSvg(t, 'tl')}
<ol class="articles">${entity.articles.slice(0, MAX_ARTICLES).map((ref) => {
    const article = articles.get(ref.id);
    return article
      ? html`<li><a href="${to(article.url)}">${bdi(article.title)}</a> <span class="meta">${articleMeta(article)} · ${plural(ref.count, 'mention')}</span></li>`
      : '';
  })}</ol>
${articleCount > MAX_ARTICLES ? html`<p class="more"><a href="${to(mentionsUrl)}">All ${plural(articleCount, 'article')}, with every mention</a></p>` : ''}
</section>`;
}

/** The facts column: type, counts, first and last seen, the map, the entities named with it, its roles. */
function factsAside(v: EntityView): SafeHtml {
  const { d, l, entity, label, counted, t, places } = v;
  return html`<aside class="facts" aria-labelledby="facts-h" data-pagefind-ignore>
<h2 id="facts-h">Facts</h2>
<dl class="facts-list">
<dt>Type</dt><dd>${label}</dd>
<dt>Mentions</dt><dd>${counted}</dd>
${t.first ? html`<dt>First seen</dt><dd>${articleMeta({ date: t.first })}</dd><dt>Last seen</dt><dd>${articleMeta({ date: t.last! })}</dd>` : ''}
</dl>
${places.length ? placesMap(d, l, places, { focus: entity, id: 'place-map' }) : ''}
${relatedPart(v)}
${rolesPart(v)}
</aside>`;
}

/** "Named with": the local graph and the strongest relations (empty when it has none). */
function relatedPart({ d, l, entity, entities, to }: EntityView): SafeHtml {
  return entity.related.length
    ? html`<h3 id="related-h">Named with</h3>
${localGraphSvg(d, l, entity)}
<ul class="related">${entity.related.slice(0, MAX_RELATED).map((r) => {
        const other = entities.get(r.id);
        return other
          ? html`<li><a class="t-${other.type}" href="${to(other.url)}">${bdi(other.name)}</a> <span class="meta">${relationWords(r)}</span></li>`
          : '';
      })}</ul>
${entity.related.length > MAX_RELATED ? html`<p class="more">The ${MAX_RELATED} strongest of ${plural(entity.related.length, 'relation')}; every one in the <a href="${to('/graph/relations/')}">list of relations</a>.</p>` : ''}`
    : html``;
}

/** "Roles": each role with the sentence that states it and its source (empty when it has none). */
function rolesPart({ entities, articles, to, roles }: EntityView): SafeHtml {
  return roles.length
    ? html`<h3>Roles</h3>
<ul class="role-proofs">${roles.map((r) => html`<li><strong>${r.wording}</strong>${r.role.of && entities.get(r.role.of) ? html` of <a href="${to(entities.get(r.role.of)!.url)}">${entities.get(r.role.of)!.name}</a>` : ''}: <q>${shorten(r.role.sentence, 160)}</q> <a class="source" href="${to(`${articlePath(r.role.article)}#${r.role.paragraph}`)}">${bdi(articles.get(r.role.article)?.title ?? r.role.article)}, paragraph ${r.role.paragraph.replace('p-', '')}</a></li>`)}</ul>`
    : html``;
}

/** The page's JSON-LD: the schema.org type, names, description, URL and coordinates. */
function entityJsonLd(d: Data, entity: SiteEntity, description: string) {
  return {
    '@type': SCHEMA_TYPE[entity.type],
    name: entity.name,
    ...(entity.aliases.length ? { alternateName: entity.aliases } : {}),
    description: entity.description ?? description,
    ...(absoluteUrl(d, entity.url) ? { url: absoluteUrl(d, entity.url) } : {}),
    ...(entity.geo ? { geo: { '@type': 'GeoCoordinates', latitude: entity.geo.lat, longitude: entity.geo.lon } } : {}),
  };
}
