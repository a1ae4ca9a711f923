import { languageName } from '../../scripts/core/text/language.ts';
import type { PageData } from '../parts/data.ts';
import { jsonForScript } from '../parts/html.ts';

/**
 * The offline build's search index: a plain script (fetch is blocked on file://) that sets
 * window.DOSSIER_SEARCH. Names, aliases, types and titles, and each article's year, outlet and language for the
 * search page's filters, so it stays small.
 */
export const data = {
  permalink: (d: PageData) => (d.build.offline ? '/assets/search-index.js' : false),
  eleventyExcludeFromCollections: true,
};

export function render(d: PageData): string {
  const index = {
    entities: d.site.entities.map((e) => [e.name, e.aliases, e.type, e.url, e.mentionCount]),
    // title, URL, then what the search page's filters need: year, outlet, language (its English name)
    articles: d.site.articles.map((a) => [
      a.title,
      a.url,
      a.date?.slice(0, 4) ?? '',
      a.outlet ?? '',
      a.language ? languageName(a.language) : '',
    ]),
  };
  return `window.DOSSIER_SEARCH = ${jsonForScript(index)};\n`;
}
