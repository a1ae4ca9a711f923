import type { PageData } from '../parts/data.ts';

/** robots.txt: allow everything, and point at the sitemap when the site's URL is known. */
export const data = {
  permalink: (d: PageData) => (d.build.offline ? false : '/robots.txt'),
  eleventyExcludeFromCollections: true,
};

export function render(d: PageData): string {
  const sitemap = d.build.siteUrl ? `Sitemap: ${d.build.siteUrl}sitemap.xml\n` : '';
  return `User-agent: *\nAllow: /\n${sitemap}`;
}
