/**
 * The review mode's HTML, added to the built pages as `npm start` serves them (never written into the site): the
 * token and the script in every page, a Review link in the menu, the toolbar on entity pages, and the Review page
 * itself, drawn inside the site's own page shell (its 404 page). Every value is escaped by the `html` template.
 */
import { ENTITY_TYPES, type EntityType } from '../core/types/common.ts';
import type { KbArticle, KbEntity, KnowledgeBase } from '../core/types/kb.ts';
import { bdi, html, raw, type SafeHtml } from '../../layouts/parts/html.ts';
import type { ReviewAction, ReviewEntry, ReviewKind } from './listReview.ts';

/** Where the review mode's own addresses live, under the site's path prefix. */
export const REVIEW_PATH = '__review/';

const TYPE_LABEL: Record<EntityType, string> = { person: 'Person', group: 'Group', place: 'Place' };

const KIND_LABEL: Record<ReviewKind, string> = {
  'ambiguous-surname': 'A surname alone, several people',
  'likely-surname': 'A surname given to the best-known person',
  'ambiguous-name': 'A name that fits several people',
  'mixed-type': 'A type on divided evidence',
  duplicate: 'Likely the same entity',
  'mixed-aliases': 'Names that disagree',
  junk: 'Likely not an entity',
};

/** Add the review mode to a page: the token, its style and script, the menu link, the status line, the toolbar. */
export function injectReview(page: string, token: string, prefix: string, toolbar?: SafeHtml): string {
  const base = `${prefix}${REVIEW_PATH}`;
  const head = html`<meta name="dossier-review-token" content="${token}" data-api="${base}api" data-names="${base}names.json">
<link rel="stylesheet" href="${base}review.css">
<script src="${base}review.js" defer></script>
`;
  const status = html`<div id="review-status" class="review-status" role="status" tabindex="-1" hidden></div>`;
  let out = page.replace('</head>', () => `${head}</head>`);
  out = out.replace(
    /(<nav aria-label="Sections">[\s\S]*?)(<\/ul>)/,
    (_m, before: string, end: string) =>
      `${before}<li><a href="${base}"${page.includes('data-review-page') ? ' aria-current="page"' : ''}>Review</a></li>${end}`,
  );
  out = out.replace(/<main id="main"[^>]*>/, (m) => `${m}${status}`);
  if (toolbar) out = out.replace(/(<header class="entity-head">[\s\S]*?<\/header>)/, (m) => `${m}${toolbar}`);
  return out;
}

const hidden = (name: string, value: string | undefined): SafeHtml =>
  value === undefined ? raw('') : html`<input type="hidden" name="${name}" value="${value}">`;

function typeChoice(name: string, checked: EntityType | undefined, idPrefix: string): SafeHtml {
  return html`${ENTITY_TYPES.map(
    (t) =>
      html`<label class="choice" for="${idPrefix}-${t}"><input type="radio" id="${idPrefix}-${t}" name="${name}" value="${t}"${raw(t === checked ? ' checked' : '')} required> ${TYPE_LABEL[t]}</label>`,
  )}`;
}

/** The toolbar of an entity page: every correction of this entity, each a small form. */
export function renderToolbar(entity: KbEntity, kb: KnowledgeBase): SafeHtml {
  const id = entity.id;
  const articles = articleTitles(kb);
  const inArticles = [...new Set(entity.mentions.map((m) => m.article))];
  const forms = [...new Set(entity.mentions.map((m) => m.text))].sort();
  const otherTypes = ENTITY_TYPES.filter((t) => t !== entity.type);
  return html`<section class="review-tools" aria-labelledby="review-tools-h">
<h2 id="review-tools-h">Review</h2>
<div class="review-row">
<form data-review>${hidden('action', 'reviewed')}${hidden('id', id)}<button type="submit">Looks right</button></form>
<form data-review>${hidden('action', 'ignore')}${hidden('id', id)}<button type="submit">Not an entity</button></form>
</div>
<details><summary>Rename</summary>
<form data-review>${hidden('action', 'rename')}${hidden('id', id)}
<label for="rv-name">New name</label> <input id="rv-name" name="name" value="${entity.name}" required maxlength="200" autocomplete="off">
<button type="submit">Rename</button></form></details>
<details><summary>Change type</summary>
<form data-review>${hidden('action', 'type')}${hidden('id', id)}
<fieldset><legend>This is a</legend>${typeChoice('type', otherTypes[0], 'rv-type')}</fieldset>
<button type="submit">Change type</button></form></details>
<details><summary>Merge with…</summary>
<form data-review>${hidden('action', 'merge')}${hidden('id', id)}
<label for="rv-other">Fold this entity into it (type a name)</label> <input id="rv-other" name="other" list="rv-names" required maxlength="200" autocomplete="off">
<datalist id="rv-names"></datalist>
<button type="submit">Merge</button></form></details>
<details><summary>Split</summary>
<form data-review>${hidden('action', 'split')}${hidden('id', id)}
<label for="rv-split-name">Name of the new entity</label> <input id="rv-split-name" name="name" required maxlength="200" autocomplete="off">
<fieldset><legend>Its type</legend>${typeChoice('type', entity.type, 'rv-split-type')}</fieldset>
<fieldset class="review-pick"><legend>Move the mentions in these articles</legend>
${inArticles.map(
  (a, i) =>
    html`<label class="choice" for="rv-a-${i}"><input type="checkbox" id="rv-a-${i}" name="articles" value="${a}"> ${bdi(articles.get(a)?.title ?? a)}</label>`,
)}
</fieldset>
<fieldset class="review-pick"><legend>…or the mentions written</legend>
${forms.map(
  (f, i) =>
    html`<label class="choice" for="rv-m-${i}"><input type="checkbox" id="rv-m-${i}" name="mentions" value="${f}"> <q>${f}</q></label>`,
)}
</fieldset>
<p class="hint">With both, a mention moves when it is in one of the articles and written one of the ways.</p>
<button type="submit">Split</button></form></details>
</section>`;
}

const articleTitles = (kb: KnowledgeBase): Map<string, KbArticle> => new Map(kb.articles.map((a) => [a.id, a]));

const link = (prefix: string, url: string): string => `${prefix}${url.replace(/^\//, '')}`;

function actionForm(action: ReviewAction): SafeHtml {
  return html`<form data-review>${hidden('action', action.action)}${hidden('id', action.id)}${hidden('subject', action.subject)}${hidden('other', action.other)}${hidden('name', action.name)}${hidden('type', action.type)}${(action.articles ?? []).map((a) => hidden('articles', a))}${(action.mentions ?? []).map((m) => hidden('mentions', m))}${hidden('from', 'review')}<button type="submit">${action.label}</button></form>`;
}

function renderItem(item: ReviewEntry, prefix: string, titles: Map<string, KbArticle>): SafeHtml {
  const entity = item.entity;
  const heading = entity
    ? html`<a href="${link(prefix, entity.url)}">${bdi(entity.name)}</a>`
    : html`${bdi(item.subject)}`;
  const articles = item.articles.slice(0, 6);
  return html`<li class="review-item">
<h2>${heading} <span class="kind">${KIND_LABEL[item.kind]}</span></h2>
<p>${item.message}</p>
${
  item.evidence.length
    ? html`<ul class="review-evidence">${item.evidence.map((m) => {
        const article = titles.get(m.article);
        return html`<li><q>${m.sentence}</q> <span class="meta">(${article ? html`<a href="${link(prefix, article.url)}">${bdi(article.title)}</a>` : m.article})</span></li>`;
      })}</ul>`
    : ''
}
${
  articles.length > item.evidence.length
    ? html`<p class="meta">In ${articles.map((a, i) => html`${i ? ', ' : ''}${titles.get(a) ? html`<a href="${link(prefix, titles.get(a)!.url)}">${bdi(titles.get(a)!.title)}</a>` : a}`)}${item.articles.length > articles.length ? ', …' : ''}</p>`
    : ''
}
<div class="review-row">${item.actions.map(actionForm)}${entity ? html`<a class="review-more" href="${link(prefix, entity.url)}">More on its page</a>` : ''}</div>
</li>`;
}

/** The Review page, drawn inside the site's shell (its 404 page): the items, most important first. */
export function renderReviewPage(
  shell: string,
  items: readonly ReviewEntry[],
  kb: KnowledgeBase,
  prefix: string,
  limit = 200,
): string {
  const titles = articleTitles(kb);
  const shown = items.slice(0, limit);
  const main = html`<main id="main" data-review-page>
<h1>Review</h1>
<p class="lead">${
    items.length === 0
      ? 'Nothing left to review.'
      : `${items.length} ${items.length === 1 ? 'item' : 'items'} to check, most mentioned first.`
  } Each decision is written to <code>content/entities.yaml</code> (see “Reviewing entities” in the README) and the site rebuilds; “Undo” takes back the last one.</p>
<noscript><p>The review buttons need JavaScript.</p></noscript>
${shown.length ? html`<ol class="review-list">${shown.map((item) => renderItem(item, prefix, titles))}</ol>` : ''}
${items.length > shown.length ? html`<p>… and ${items.length - shown.length} more after these.</p>` : ''}
</main>`;
  return shell
    .replace(/<title>[\s\S]*?<\/title>/, '<title>Review · Dossier</title>')
    .replace(/<meta property="og:title"[^>]*>/, '')
    .replace(/<main id="main">[\s\S]*<\/main>/, () => main.value);
}
