import type { Lookup, PageData } from './data.ts';
import { html, type SafeHtml } from './html.ts';

/** Pages listed in full up to this many; past it, the first, the last and those near the current one. */
const SHOW_ALL = 15;
const NEAR = 3;

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
  const shown = shownPages(page, pages);
  return html`<nav class="pager" aria-label="${label}"><ul>${page > 1 ? html`<li><a href="${href(url(page - 1), d.page.url)}" rel="prev">Previous</a></li>` : ''}${shown.map((n, i) => html`${i && n - shown[i - 1]! > 1 ? html`<li aria-hidden="true">…</li>` : ''}${n === page ? html`<li><span aria-current="page">${n}</span></li>` : html`<li><a href="${href(url(n), d.page.url)}">${n}</a></li>`}`)}${page < pages ? html`<li><a href="${href(url(page + 1), d.page.url)}" rel="next">Next</a></li>` : ''}</ul></nav>`;
}

/** Every page when there are at most SHOW_ALL, else the first, the last and those within NEAR of this one: never more than SHOW_ALL numbers, however many pages. */
export function shownPages(page: number, pages: number): number[] {
  if (pages <= SHOW_ALL) return Array.from({ length: Math.max(0, pages) }, (_, i) => i + 1);
  const near = Array.from({ length: 2 * NEAR + 1 }, (_, i) => page - NEAR + i).filter((n) => n > 1 && n < pages);
  return [1, ...near, pages];
}
