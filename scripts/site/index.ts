export type { SiteInput } from './buildSiteData.ts';
export { buildSiteData } from './buildSiteData.ts';
