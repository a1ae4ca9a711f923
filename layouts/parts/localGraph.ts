import type { SiteEntity } from '../../scripts/core/types/site.ts';
import { ENTITY_TYPES } from '../../scripts/core/types/common.ts';
import type { Lookup, PageData } from './data.ts';
import { TYPE_LABEL } from './data.ts';
import { html, type SafeHtml } from './html.ts';
import { relationWords } from './format.ts';

/** Links between neighbours drawn at most (as one path). */
const MAX_WEAK_LINKS = 24;
/** A spoke's width: 1 to 4 by the relation's weight. */
const spokeWidth = (weight: number) => Math.min(4, 1 + Math.floor(Math.log2(1 + weight / 2)));

/** The local graph of an entity page: static SVG, each node a link to its page, with a legend. */
export function localGraphSvg(d: PageData, l: Lookup, entity: SiteEntity): SafeHtml {
  const g = entity.localGraph;
  if (!g) return html``;
  const at = new Map(g.neighbours.map((n) => [n.id, n]));
  // the neighbours are the first of the entity's relations: each is found within a few steps
  const words = new Map(g.neighbours.map((n) => [n.id, relationWords(entity.related.find((r) => r.id === n.id)!)]));
  const to = (target: string) => l.href(target, d.page.url);
  const types = ENTITY_TYPES.filter((t) => t === entity.type || g.neighbours.some((n) => n.type === t));
  return html`<figure class="graph local-graph">
<svg viewBox="0 0 ${g.width} ${g.height}" aria-labelledby="lg-title"><title id="lg-title">${entity.name} and the ${g.neighbours.length} entities most often named with it</title>
<g class="links">${
    g.links.length
      ? html`<path class="weak" d="${g.links
          .slice(0, MAX_WEAK_LINKS)
          .map(([a, b]) => `M${at.get(a)!.x} ${at.get(a)!.y}L${at.get(b)!.x} ${at.get(b)!.y}`)
          .join('')}"/>`
      : ''
  }${[1, 2, 3, 4].map((w) => {
    const spokes = g.neighbours.filter((n) => spokeWidth(n.weight) === w);
    return spokes.length
      ? html`<path d="${spokes.map((n) => `M${g.centre.x} ${g.centre.y}L${n.x} ${n.y}`).join('')}" stroke-width="${w}"/>`
      : '';
  })}</g>
<circle class="node t-${entity.type}" cx="${g.centre.x}" cy="${g.centre.y}" r="${g.centre.r}"/><text class="centre" x="${g.centre.lx}" y="${g.centre.ly}" text-anchor="middle">${g.centre.label}</text>
${g.neighbours.map((n) => html`<a href="${to(l.entity.get(n.id)!.url)}"><title>${n.name}: ${words.get(n.id)}</title><circle class="node t-${n.type}" cx="${n.x}" cy="${n.y}" r="${n.r}"/><text x="${n.lx}" y="${n.ly}" text-anchor="${n.anchor}">${n.label}</text></a>`)}
</svg>
<figcaption class="legend">${types.map((t) => html`<span><svg width="12" height="12" aria-hidden="true"><circle cx="6" cy="6" r="5" class="node t-${t}"/></svg> ${TYPE_LABEL[t].one}</span> `)}</figcaption>
</figure>`;
}
