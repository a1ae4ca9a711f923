export { loadArticles, loadFiles, parseArticle, titleFromFileName, ARTICLE_EXTENSIONS } from './loadArticles.ts';
export type { Loaded } from './loadArticles.ts';
export { loadCorrections } from './loadCorrections.ts';
export { maskHtml, maskMarkup } from './maskMarkup.ts';
export { applyDateline, readDateline } from './readDateline.ts';
export type { Dateline } from './readDateline.ts';
