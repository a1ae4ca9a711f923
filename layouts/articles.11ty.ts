import { lookup, type PageData } from './lib/data.ts';
import { html } from './lib/html.ts';
import { page } from './lib/page.ts';
import { articleList } from './lib/parts.ts';

export const data = { permalink: '/articles/' };

export function render(d: PageData): string {
  const body = html`<h1>Articles</h1>
<p>${d.site.articles.length} article(s).</p>
${articleList(d, d.site.articles, lookup(d))}`;
  return page(d, { title: 'Articles', description: 'Every article in the knowledge base.', body });
}
