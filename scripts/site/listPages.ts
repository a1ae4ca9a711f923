import { ARTICLES_PER_PAGE, byDateDesc, INDEX_ROWS, outletSlug } from '../core/sitePages.ts';
import type { EntityType } from '../core/types/common.ts';
import type { KbArticle } from '../core/types/kb.ts';
import type { ArticleListPage, LetterPage, SiteEntity } from '../core/types/site.ts';
import { ENTITY_TYPES } from '../core/types/common.ts';
import { sectionPath } from '../core/urls.ts';

/** The articles index, newest first, and the same list filtered by year and by outlet, each paginated. */
export function articleListPages(articles: readonly KbArticle[]): ArticleListPage[] {
  const sorted = [...articles].sort(byDateDesc);
  const pages: ArticleListPage[] = [];
  const paginate = (base: string, filter: ArticleListPage['filter'], list: readonly KbArticle[]) => {
    const count = Math.max(1, Math.ceil(list.length / ARTICLES_PER_PAGE));
    for (let i = 0; i < count; i++) {
      pages.push({
        url: i === 0 ? base : `${base}${i + 1}/`,
        filter,
        page: i + 1,
        pages: count,
        ids: list.slice(i * ARTICLES_PER_PAGE, (i + 1) * ARTICLES_PER_PAGE).map((a) => a.id),
        total: list.length,
      });
    }
  };
  paginate('/articles/', { kind: 'all' }, sorted);
  const years = [...new Set(sorted.flatMap((a) => (a.date ? [a.date.slice(0, 4)] : [])))].sort().reverse();
  for (const year of years)
    paginate(
      `/articles/years/${year}/`,
      { kind: 'year', year },
      sorted.filter((a) => a.date?.startsWith(year)),
    );
  const outlets = new Map<string, string>();
  for (const a of sorted)
    if (a.outlet && !outlets.has(outletSlug(a.outlet))) outlets.set(outletSlug(a.outlet), a.outlet);
  for (const [slug, outlet] of [...outlets].sort((x, y) => x[1].localeCompare(y[1], 'en'))) {
    paginate(
      `/articles/outlets/${slug}/`,
      { kind: 'outlet', outlet },
      sorted.filter((a) => a.outlet && outletSlug(a.outlet) === slug),
    );
  }
  return pages;
}

/** The first letter an entity is filed under: A–Z (accents dropped), or "#". */
export function letterOf(name: string): string {
  const first = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .charAt(0)
    .toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

/** For each type with more than INDEX_ROWS entities: one page per first letter, by name. */
export function letterPages(entities: readonly SiteEntity[]): LetterPage[] {
  const pages: LetterPage[] = [];
  for (const type of ENTITY_TYPES) {
    const list = entities.filter((e) => e.type === type);
    if (list.length <= INDEX_ROWS) continue;
    const byLetter = new Map<string, SiteEntity[]>();
    for (const e of list) {
      const l = letterOf(e.name);
      byLetter.set(l, [...(byLetter.get(l) ?? []), e]);
    }
    for (const [letter, group] of [...byLetter].sort((a, b) =>
      a[0] === '#' ? 1 : b[0] === '#' ? -1 : a[0] < b[0] ? -1 : 1,
    )) {
      pages.push({
        type,
        letter,
        url: `${sectionPath(type as EntityType)}letters/${letter === '#' ? 'other' : letter.toLowerCase()}/`,
        ids: group.sort((a, b) => a.name.localeCompare(b.name, 'en')).map((e) => e.id),
      });
    }
  }
  return pages;
}
