export { writeKnowledgeBase } from './writeKnowledgeBase.ts';
export { swapOutput } from './swapOutput.ts';
export { writeBundle } from './writeBundle.ts';
export { canonicalisePagefind, sortFilter, sortMetaFilters } from './canonicalisePagefind.ts';
export type { BundleFile } from './canonicalisePagefind.ts';
export { checkOutputDir, hasMarker, lockOutput, MARKER, recoverOutput, writeMarker } from './guardOutput.ts';
