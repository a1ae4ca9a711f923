import type { FolderPage } from '../../scripts/core/types/site.ts';
import { lookup, type PageData } from '../parts/data.ts';
import { html, bdi } from '../parts/html.ts';
import { page } from '../parts/page.ts';
import { guardPage, otherSubject } from '../parts/guardPage.ts';

interface Data extends PageData {
  folder: FolderPage;
}

export const data = {
  pagination: { data: 'site.folderPages', size: 1, alias: 'folder', addAllPagesToCollections: false },
  permalink: (d: Data) => d.folder.url,
};

/** The page, guarded: a throw gives a STAGE_FAILED warning and a minimal page (parts/guardPage.ts). */
export const render = guardPage(renderPage, (d) =>
  otherSubject(d, d.folder.title, () => d.folder.links.map((l) => ({ title: l.label, url: l.url }))),
);

/** /articles/years/, /articles/outlets/, /people/letters/, /articles/FOLDER/: links to the pages below. */
function renderPage(d: Data): string {
  const { href } = lookup(d);
  const { folder } = d;
  const to = (target: string) => href(target, d.page.url);
  const body = html`<h1>${bdi(folder.title)}</h1>
<p>${folder.intro}</p>
<ul class="folder-list">${folder.links.map(
    (l) =>
      html`<li><a href="${to(l.url)}">${bdi(l.label)}</a>${l.count === undefined ? '' : html` <span class="count">${l.count}</span>`}</li>`,
  )}</ul>`;
  return page(d, { title: folder.title, description: folder.intro, body });
}
