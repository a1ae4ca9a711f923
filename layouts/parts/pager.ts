import type { Lookup, PageData } from './data.ts';
import { html, type SafeHtml } from './html.ts';

export interface PagerOptions {
  page: number;
  pages: number;
  url: (n: number) => string;
  /** Unique on the page: two navigation landmarks never share a label. */
  label: string;
}

/** Links to every page of a paginated list (or, when there are many, the first, the last and those near this one). */
export function pager(d: PageData, { href }: Lookup, { page, pages, url, label }: PagerOptions): SafeHtml {
  if (pages <= 1) return html``;
  const shown = Array.from({ length: pages }, (_, i) => i + 1).filter(
    (n) => pages <= 15 || n === 1 || n === pages || Math.abs(n - page) <= 3,
  );
  return html`<nav class="pager" aria-label="${label}"><ul>${page > 1 ? html`<li><a href="${href(url(page - 1), d.page.url)}" rel="prev">Previous</a></li>` : ''}${shown.map((n, i) => html`${i && n - shown[i - 1]! > 1 ? html`<li aria-hidden="true">…</li>` : ''}${n === page ? html`<li><span aria-current="page">${n}</span></li>` : html`<li><a href="${href(url(n), d.page.url)}">${n}</a></li>`}`)}${page < pages ? html`<li><a href="${href(url(page + 1), d.page.url)}" rel="next">Next</a></li>` : ''}</ul></nav>`;
}
