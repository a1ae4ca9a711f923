import { ENTITY_TYPES } from '../../scripts/types.ts';
import { sectionPath } from '../../scripts/urls.ts';
import { lookup, TYPE_LABEL, type PageData } from './data.ts';
import { html, type SafeHtml } from './html.ts';

export interface PageOptions {
  title: string;
  description?: string;
  body: SafeHtml;
  /** Extra elements for <head>. */
  head?: SafeHtml;
}

/** The shell every page shares: head, skip link, navigation, main, footer. */
export function page(data: PageData, { title, description, body, head }: PageOptions): string {
  const { href } = lookup(data);
  const here = data.page.url;
  const to = (target: string) => href(target, here);
  const nav: [string, string][] = [
    ...ENTITY_TYPES.map((t) => [sectionPath(t), TYPE_LABEL[t].many] as [string, string]),
    ['/articles/', 'Articles'],
    ['/search/', 'Search'],
  ];
  const fullTitle = title === 'Dossier' ? title : `${title} · Dossier`;
  return `<!doctype html>\n${html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
${description ? html`<meta name="description" content="${description}">` : ''}
<meta property="og:title" content="${title}">
${description ? html`<meta property="og:description" content="${description}">` : ''}
<link rel="stylesheet" href="${to('/assets/style.css')}">
${head}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site">
<a class="brand" href="${to('/')}">Dossier</a>
<nav aria-label="Sections"><ul>${nav.map(
    ([target, label]) => html`<li><a href="${to(target)}"${here === target ? html` aria-current="page"` : ''}>${label}</a></li>`,
  )}</ul></nav>
</header>
<main id="main">
${body}
</main>
<footer class="site"><p>Built with Dossier from ${data.site.articles.length} article(s).</p></footer>
</body>
</html>`}\n`;
}
