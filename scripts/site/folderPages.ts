import { plural } from '../core/text/plural.ts';
import { byDateDesc } from '../core/sitePages.ts';
import type { KbArticle } from '../core/types/kb.ts';
import type { ArticleListPage, FolderPage, LetterPage } from '../core/types/site.ts';
import { ENTITY_TYPES } from '../core/types/common.ts';
import { articlePath, SECTION, sectionPath } from '../core/urls.ts';

const LABEL = { person: 'People', group: 'Groups', place: 'Places' } as const;

/**
 * An index page for every folder-like URL the site has pages under but no page at: the years and outlets the
 * articles are filtered by, the first letters of a long index, and the folders articles were read from
 * ("/articles/2019/" for "2019/peace-talks.md"). A folder that is already a page (an article's id, a page of
 * the articles index) keeps that page.
 */
export function folderPages(
  articles: readonly KbArticle[],
  lists: readonly ArticleListPage[],
  letters: readonly LetterPage[],
): FolderPage[] {
  const pages: FolderPage[] = [];
  const firsts = lists.filter((p) => p.page === 1);
  const years = firsts.filter((p) => p.filter.kind === 'year');
  const outlets = firsts.filter((p) => p.filter.kind === 'outlet');
  const label = (p: ArticleListPage) =>
    p.filter.kind === 'year' ? p.filter.year : p.filter.kind === 'outlet' ? p.filter.outlet : 'All';
  const links = (list: ArticleListPage[]) => list.map((p) => ({ url: p.url, label: label(p), count: p.total }));
  if (years.length)
    pages.push({
      url: '/articles/years/',
      title: 'Articles by year',
      intro: `${plural(years.length, 'year')} of dated articles, newest first.`,
      links: links(years),
    });
  if (outlets.length)
    pages.push({
      url: '/articles/outlets/',
      title: 'Articles by outlet',
      intro: `${plural(outlets.length, 'outlet')}, by name.`,
      links: links(outlets),
    });
  for (const type of ENTITY_TYPES) {
    const own = letters.filter((p) => p.type === type);
    if (!own.length) continue;
    pages.push({
      url: `${sectionPath(type)}letters/`,
      title: `${LABEL[type]} by first letter`,
      intro: `Every one of the ${SECTION[type]} named in the articles, one page per first letter.`,
      links: own.map((p) => ({ url: p.url, label: p.letter === '#' ? 'Other' : p.letter, count: p.ids.length })),
    });
  }
  const taken = new Set([
    ...articles.map((a) => articlePath(a.id)),
    ...lists.map((p) => p.url),
    ...pages.map((p) => p.url),
  ]);
  return [...pages, ...articleFolders(articles, taken)];
}

/** One page per folder of article ids ("2019/" of "2019/peace-talks"): its subfolders, then its articles. */
function articleFolders(articles: readonly KbArticle[], taken: ReadonlySet<string>): FolderPage[] {
  const folders = new Map<string, { folders: Map<string, number>; articles: KbArticle[] }>();
  const folder = (name: string) => {
    let f = folders.get(name);
    if (!f) folders.set(name, (f = { folders: new Map(), articles: [] }));
    return f;
  };
  for (const a of articles) {
    const parts = a.id.split('/');
    for (let depth = 1; depth < parts.length; depth++) {
      const name = parts.slice(0, depth).join('/');
      if (depth < parts.length - 1) {
        const sub = parts.slice(0, depth + 1).join('/');
        const f = folder(name).folders;
        f.set(sub, (f.get(sub) ?? 0) + 1);
      } else folder(name).articles.push(a);
    }
  }
  const pages: FolderPage[] = [];
  for (const [name, f] of [...folders].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const url = articlePath(name);
    if (taken.has(url) || name === 'years' || name === 'outlets') continue;
    const total = f.articles.length + [...f.folders.values()].reduce((n, c) => n + c, 0);
    pages.push({
      url,
      title: `Articles in ${name}/`,
      intro: `${plural(total, 'article')} read from the folder ${name}/${f.folders.size ? '; folders first, then' : ';'} articles newest first.`,
      links: [
        ...[...f.folders]
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([sub, count]) => ({ url: articlePath(sub), label: `${sub.slice(name.length + 1)}/`, count })),
        ...[...f.articles].sort(byDateDesc).map((a) => ({ url: articlePath(a.id), label: a.title })),
      ],
    });
  }
  return pages;
}
