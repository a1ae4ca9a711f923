import { ENTITY_TYPES } from '../../scripts/core/types/common.ts';
import { sectionPath } from '../../scripts/core/urls.ts';
import type { PageData } from '../parts/data.ts';
import { escapeHtml } from '../parts/html.ts';

/** sitemap.xml: every page. Absolute URLs need SITE_URL; without it, paths under the prefix. Not in the offline build. */
export const data = {
  permalink: (d: PageData) => (d.build.offline ? false : '/sitemap.xml'),
  eleventyExcludeFromCollections: true,
};

export function render(d: PageData): string {
  const base = d.build.siteUrl ?? d.build.pathPrefix;
  const paths = [
    '/',
    ...ENTITY_TYPES.map(sectionPath),
    '/articles/',
    ...d.site.articles.map((a) => a.url),
    ...d.site.entities.map((e) => e.url),
  ];
  const urls = paths.map((p) => `<url><loc>${escapeHtml(base + p.replace(/^\//, ''))}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
