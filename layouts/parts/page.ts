import { ENTITY_TYPES } from '../../scripts/core/types/common.ts';
import { sectionPath } from '../../scripts/core/urls.ts';
import { lookup, TYPE_LABEL, type PageData } from './data.ts';
import { html, jsonForScript, type SafeHtml } from './html.ts';
import { searchForm } from './components.ts';
import { plural } from '../../scripts/core/text/plural.ts';
import { renderTick } from '../../scripts/core/renderTicks.ts';

export interface PageOptions {
  /** Text, or `html` made of text (user text in it isolated on its own, see `isolateBidi`): no elements. */
  title: string | SafeHtml;
  description?: string | SafeHtml;
  body: SafeHtml;
  /** Extra elements for <head>. */
  head?: SafeHtml;
  /** schema.org data for a <script type="application/ld+json">. */
  jsonLd?: Record<string, unknown>;
  /** Open Graph type: "website" unless said otherwise. */
  ogType?: string;
  /** The page has a table.sortable: load the small script that sorts it. */
  sortable?: boolean;
}

/** The absolute URL of a site path, when SITE_URL is configured. */
export const absoluteUrl = (data: PageData, sitePath: string): string | undefined =>
  data.build.siteUrl ? data.build.siteUrl + sitePath.replace(/^\//, '') : undefined;

/** The shell every page shares: head, skip link, navigation, main, footer. */
export function page(
  data: PageData,
  { title, description, body, head, jsonLd, ogType = 'website', sortable = false }: PageOptions,
): string {
  renderTick();
  const l = lookup(data);
  const { href } = l;
  const canonical = absoluteUrl(data, data.page.url);
  const here = data.page.url;
  const to = (target: string) => href(target, here);
  const nav: [string, string][] = [
    ...ENTITY_TYPES.map((t) => [sectionPath(t), TYPE_LABEL[t].many] as [string, string]),
    ['/articles/', 'Articles'],
    ['/graph/', 'Network'],
    ['/search/', 'Search'],
  ];
  const fullTitle = title === 'Dossier' ? title : html`${title} · Dossier`;
  return `<!doctype html>\n${html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
${description ? html`<meta name="description" content="${description}">` : ''}
<meta property="og:title" content="${title}">
<meta property="og:type" content="${ogType}">
${description ? html`<meta property="og:description" content="${description}">` : ''}
${canonical ? html`<link rel="canonical" href="${canonical}">\n<meta property="og:url" content="${canonical}">` : ''}
<link rel="icon" href="${to('/assets/favicon.svg')}" type="image/svg+xml">
<link rel="stylesheet" href="${to('/assets/style.css')}">
<script src="${to('/assets/combobox.js')}" defer></script>
${
  data.build.offline
    ? html`<script src="${to('/assets/offline-search.js')}" defer></script>`
    : html`<script src="${to('/assets/search.js')}" data-pagefind="${to('/pagefind/pagefind.js')}" data-base="${data.build.pathPrefix}" defer></script>
<script src="${to('/assets/preview.js')}" defer></script>`
}
${jsonLd ? html`<script type="application/ld+json">${jsonForScript({ '@context': 'https://schema.org', ...jsonLd })}</script>` : ''}
${head}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site">
<a class="brand" href="${to('/')}">Dossier</a>
<nav aria-label="Sections"><ul>${nav.map(
    ([target, label]) =>
      html`<li><a href="${to(target)}"${here === target ? html` aria-current="page"` : ''}>${label}</a></li>`,
  )}</ul></nav>
${['/', '/search/', '/404.html'].includes(here) ? '' : searchForm(data, l, 'site-q', true)}
</header>
<main id="main">
${body}
</main>
${sortable ? html`<script src="${to('/assets/sort-table.js')}" defer></script>` : ''}
<footer class="site"><p>Built with Dossier from ${plural(data.site.articles.length, 'article')}.</p></footer>
</body>
</html>`}\n`;
}
