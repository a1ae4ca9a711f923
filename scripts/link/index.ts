export type { ArticleLink, EntityEvidence, Linked, LinkedArticle, LinkInput, LinkMemo } from './linkArticles.ts';
export { createLinkMemo, linkArticles } from './linkArticles.ts';
export type { LinkedSpan, Paragraph, RenderedBody } from './renderMentions.ts';
export { renderMentions } from './renderMentions.ts';
