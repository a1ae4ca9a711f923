import { lookup, type PageData } from '../parts/data.ts';
import { html } from '../parts/html.ts';
import { page } from '../parts/page.ts';
import { searchForm } from '../parts/components.ts';
import { guardPage, otherSubject } from '../parts/guardPage.ts';

export const data = { permalink: '/404.html' };

/** The page, guarded: a throw gives a STAGE_FAILED warning and a minimal page (parts/guardPage.ts). */
export const render = guardPage(renderPage, (d) => otherSubject(d, 'Page not found'));

function renderPage(d: PageData): string {
  const l = lookup(d);
  const body = html`<h1>Page not found</h1>
<p>There is no page at this address. It may have been renamed when the articles changed.</p>
${searchForm(d, l)}
<p><a href="${l.href('/', d.page.url)}">Back to the start</a></p>`;
  return page(d, { title: 'Page not found', body });
}
