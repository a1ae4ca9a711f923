// Dossier's pipeline, stage by stage: load → extract → resolve → link → write, then render and index.
export * from './types.ts';
export { DossierError, type ErrorCode } from './errors.ts';
export { readConfig, defaultConfig, type BuildConfig } from './config.ts';
export { loadArticles, loadFiles, loadCorrections } from './load/index.ts';
export { extractEntities, splitSentences } from './extract/index.ts';
export { extractArticles } from './extractArticles.ts';
export { resolveEntities, applyCorrections } from './resolve/index.ts';
export { linkArticles, renderMentions } from './link/index.ts';
export { writeKnowledgeBase, swapOutput } from './write/index.ts';
export { runPipeline } from './pipeline.ts';
export { runBuild, renderSite, indexSite, formatSummary, formatWarning, type BuildSummary } from './build.ts';
export { createHref, entityPath, articlePath, sectionPath } from './urls.ts';
export { slugify, assignSlugs } from './slug.ts';
