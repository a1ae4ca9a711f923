import { ENTITY_TYPES } from '../scripts/types.ts';
import { lookup, TYPE_LABEL, type PageData } from './lib/data.ts';
import { html, bdi } from './lib/html.ts';
import { formatWeight } from './lib/format.ts';
import { page } from './lib/page.ts';

export const data = { permalink: '/graph/' };

/** The network of entities named together, laid out at build time: a static SVG, no script. */
export function render(d: PageData): string {
  const l = lookup(d);
  const to = (target: string) => l.href(target, d.page.url);
  const graph = d.site.graph;
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const maxWeight = Math.max(1, ...graph.nodes.map((n) => n.weight));
  const radius = (w: number) => 5 + 9 * Math.sqrt(w / maxWeight);
  const relations = d.site.relations;
  const body = html`<h1>Network</h1>
<p>People, groups and places named in the same sentences (thicker lines: more often) or, more weakly, the same paragraphs. ${graph.nodes.length < d.site.entities.length ? `The ${graph.nodes.length} most connected of ${d.site.entities.length} entities are drawn; the table below lists every relation.` : ''}</p>
${graph.nodes.length === 0 ? html`<p>No relations yet: entities appear together once articles name them in the same sentence.</p>` : html`<figure class="graph">
<svg viewBox="0 0 ${graph.width} ${graph.height}" aria-labelledby="graph-title graph-desc">
<title id="graph-title">Network of ${graph.nodes.length} entities</title>
<desc id="graph-desc">Each circle is an entity, coloured by type and linked to its page; each line joins two entities named together. The same relations are listed in the table below.</desc>
<g class="edges">${graph.edges.map((e) => {
    const a = byId.get(e.source)!;
    const b = byId.get(e.target)!;
    return html`<line x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" stroke-width="${Math.min(0.6 + e.weight * 0.6, 6).toFixed(1)}"/>`;
  })}</g>
<g class="nodes">${graph.nodes.map(
    (n) => html`<a href="${to(l.entity.get(n.id)?.url ?? '/')}" aria-label="${n.name} (${TYPE_LABEL[n.type].one})"><circle cx="${n.x}" cy="${n.y}" r="${radius(n.weight).toFixed(1)}" class="node t-${n.type}"/><text x="${n.x}" y="${(n.y + radius(n.weight) + 12).toFixed(1)}">${n.name}</text></a>`,
  )}</g>
</svg>
<figcaption class="legend">${ENTITY_TYPES.map((t) => html`<span><svg width="12" height="12" aria-hidden="true"><circle cx="6" cy="6" r="5" class="node t-${t}"/></svg> ${TYPE_LABEL[t].one}</span> `)}</figcaption>
</figure>`}
<section aria-labelledby="relations-h">
<h2 id="relations-h">Every relation</h2>
<table class="relations sortable">
<caption>Pairs of entities named together, strongest first (a shared sentence counts 1, a shared paragraph 0.25)</caption>
<thead><tr><th scope="col">Entity</th><th scope="col">Entity</th><th scope="col" class="num">Strength</th></tr></thead>
<tbody>${relations.map((r) => {
    const a = l.entity.get(r.source);
    const b = l.entity.get(r.target);
    return a && b ? html`<tr><td><a class="t-${a.type}" href="${to(a.url)}">${bdi(a.name)}</a></td><td><a class="t-${b.type}" href="${to(b.url)}">${bdi(b.name)}</a></td><td class="num">${formatWeight(r.weight)}</td></tr>` : '';
  })}</tbody>
</table>
</section>`;
  return page(d, { title: 'Network', description: 'How the people, groups and places in the articles are connected.', body, sortable: true });
}
