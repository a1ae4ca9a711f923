import type { EntityType } from '../../scripts/core/types/common.ts';
import { ENTITY_TYPES } from '../../scripts/core/types/common.ts';
import { SECTION } from '../../scripts/core/urls.ts';
import { plural } from '../../scripts/core/text/plural.ts';
import { lookup, TYPE_LABEL, type PageData } from '../parts/data.ts';
import { html } from '../parts/html.ts';
import { graphSvg } from '../parts/graph.ts';
import { page } from '../parts/page.ts';
import { guardPage, otherSubject } from '../parts/guardPage.ts';

type View = 'all' | EntityType;

interface Data extends PageData {
  view: View;
}

const urlOf = (v: View) => (v === 'all' ? '/graph/' : `/graph/${SECTION[v]}/`);

export const data = {
  pagination: { data: 'views', size: 1, alias: 'view', addAllPagesToCollections: false },
  views: ['all', ...ENTITY_TYPES] as View[],
  permalink: (d: Data) => urlOf(d.view),
};

/** The page, guarded: a throw gives a STAGE_FAILED warning and a minimal page (parts/guardPage.ts). */
export const render = guardPage(renderPage, (d) => otherSubject(d, 'Network'));

/**
 * The network of entities named together, laid out at build time: static SVG, one view of every type and one per
 * type, each a page of its own (no script needed); assets/graph.js adds zoom, pan and the highlight of neighbours.
 */
function renderPage(d: Data): string {
  const l = lookup(d);
  const to = (target: string) => l.href(target, d.page.url);
  const graph = d.view === 'all' ? d.site.graph : d.site.graphs[d.view];
  const total = d.view === 'all' ? d.site.entities.length : d.site.counts[d.view];
  const what = d.view === 'all' ? 'people, groups and places' : TYPE_LABEL[d.view].many.toLowerCase();
  const title = d.view === 'all' ? 'Network' : `Network of ${what}`;
  const body = html`<h1>${title}</h1>
<nav class="filters" aria-label="Views of the network"><ul>${(['all', ...ENTITY_TYPES] as View[]).map((v) => {
    const label = v === 'all' ? 'Everything' : `${TYPE_LABEL[v].many} only`;
    return v === d.view
      ? html`<li><span aria-current="page">${label}</span></li>`
      : html`<li><a href="${to(urlOf(v))}">${label}</a></li>`;
  })}<li><a href="${to('/graph/relations/')}">Every relation (${d.site.relations.length.toLocaleString('en-US')})</a></li><li><a href="${to('/graph/relations.csv')}" download>Relations as CSV</a></li></ul></nav>
<p>The ${what} most often named in the same sentences as others (thicker lines: more often) or, more weakly, the same paragraphs. ${graph.nodes.length < total ? `The ${graph.nodes.length} most connected of ${plural(total, d.view === 'all' ? 'entity' : TYPE_LABEL[d.view].one.toLowerCase(), d.view === 'all' ? 'entities' : TYPE_LABEL[d.view].many.toLowerCase())} are drawn, with the strongest ${plural(graph.edges.length, 'link')} between them.` : ''}</p>
${graph.nodes.length === 0 ? html`<p>No relations yet: entities appear together once articles name them in the same sentence.</p>` : graphSvg(d, l, graph, `Network of ${plural(graph.nodes.length, 'entity', 'entities')}`, d.view === 'all' ? ENTITY_TYPES : [d.view])}`;
  const script = html`<script src="${to('/assets/graph.js')}" data-zoom="${to('/assets/graph-zoom.js')}" defer></script>`;
  return page(d, {
    title,
    description: 'How the people, groups and places in the articles are connected.',
    body,
    head: graph.nodes.length ? script : undefined,
  });
}
