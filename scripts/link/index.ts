export { CONTEXTS_ON_ENTITY_PAGE, linkArticles, MENTIONS_PER_PAGE } from './linkArticles.ts';
export type { Linked, LinkInput } from './linkArticles.ts';
export { renderMentions } from '../site/renderMentions.ts';
export type { LinkedSpan, Paragraph, RenderedBody } from '../site/renderMentions.ts';
