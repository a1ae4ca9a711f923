export type { SiteInput, SiteMemo } from './buildSiteData.ts';
export { buildSiteData, createSiteMemo } from './buildSiteData.ts';
