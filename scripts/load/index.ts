export { loadArticles, loadFiles, parseArticle, titleFromFileName, ARTICLE_EXTENSIONS } from './loadArticles.ts';
export type { FileRead, Loaded, ReadCache } from './loadArticles.ts';
export { loadCorrections } from './loadCorrections.ts';
export { maskHtml, maskMarkup } from './text/maskMarkup.ts';
export { applyDateline, readDateline } from './text/readDateline.ts';
export type { Dateline } from './text/readDateline.ts';
