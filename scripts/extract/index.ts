export { extractEntities, defaultOptions } from './extractEntities.ts';
export type { Options as ExtractOptions } from './extractEntities.ts';
export { splitSentences } from './analyse/splitSentences.ts';
export { extractSafely, emptyExtraction, checked, EXTRACT_STEP, type SafeExtraction } from './extractSafely.ts';
export { checkExtraction } from './checkExtraction.ts';
