export { extractEntities, defaultOptions } from './extractEntities.ts';
export type { Options as ExtractOptions } from './extractEntities.ts';
export { splitSentences } from './splitSentences.ts';
