export { createResolveMemo, resolveEntities, defaultOptions } from './resolveEntities.ts';
export type { ExtractedArticle, Resolved, Options as ResolveOptions, ResolveMemo } from './resolveEntities.ts';
export { applyCorrections } from './applyCorrections.ts';
export { nameKey } from '../lang/keys.ts';
