export type { ArticleLink, EntityEvidence, Linked, LinkedArticle, LinkInput } from './linkArticles.ts';
export { linkArticles } from './linkArticles.ts';
export type { LinkedSpan, Paragraph, RenderedBody } from './renderMentions.ts';
export { renderMentions } from './renderMentions.ts';
