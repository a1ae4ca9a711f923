/**
 * A saved web page → an article: the body found by Mozilla's Readability (on linkedom, which never runs a script
 * or fetches anything), cleaned of what Readability keeps that is not the article (captions, credits, menus, promos,
 * related links, stamps, the repeated title: pruneClutter.ts on its markup, text/dropClutterLines.ts on its lines),
 * kept as plain text paragraphs; the title, date, author, outlet and canonical URL from the
 * page's metadata. Nothing of the page's HTML reaches the site.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Warning } from '../../core/types/common.ts';
import { oneLine, outletName, safeUrl, titleFromFileName, toIsoDate } from '../text/fields.ts';
import type { ArticleDraft } from './draft.ts';
import { pruneClutter } from './pruneClutter.ts';
import { dropClutterLines } from '../text/dropClutterLines.ts';
import { maskHtml } from '../text/maskMarkup.ts';
import { joinParagraphs } from '../text/toText.ts';

/** What a page gives: its text as paragraphs, and whatever metadata it states. */
export interface Page {
  paragraphs: string[];
  title?: string;
  date?: string;
  author?: string;
  outlet?: string;
  url?: string;
}

/** Elements whose text is never article text. */
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'SVG',
  'MATH',
  'CANVAS',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'FORM',
]);
/** Elements that end a paragraph. */
const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'NAV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'BLOCKQUOTE',
  'PRE',
  'TABLE',
  'TR',
  'THEAD',
  'TBODY',
  'TFOOT',
  'CAPTION',
  'FIGURE',
  'FIGCAPTION',
  'ADDRESS',
  'HR',
  'BR',
  'DETAILS',
  'SUMMARY',
]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** The text of an element as paragraphs: a block element (or <br>) ends one. Iterative, so deep nesting cannot overflow the stack. */
export function paragraphsOf(root: DomNode): string[] {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    if (current.trim()) out.push(current);
    current = '';
  };
  // a stack of nodes to visit, with markers for "leaving a block"
  const stack: (DomNode | 'end')[] = [];
  const push = (node: DomNode) => {
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  };
  push(root);
  while (stack.length) {
    const node = stack.pop()!;
    if (node === 'end') {
      flush();
      continue;
    }
    if (node.nodeType === 3) current += node.textContent ?? '';
    else if (node.nodeType === 1) {
      const tag = node.nodeName.toUpperCase();
      if (SKIPPED.has(tag)) continue;
      if (BLOCKS.has(tag)) {
        flush();
        stack.push('end');
      } else if (tag === 'TD' || tag === 'TH') current += ' ';
      push(node);
    }
  }
  flush();
  return out.map((p) => p.replace(/[\s\u00a0]+/g, ' ').trim()).filter(Boolean);
}

/** Read a page. `paragraphs` is empty when Readability finds no article body. */
export function readPage(html: string): Page {
  const { document } = parseHTML(html);
  const meta = (selector: string) => oneLine(document.querySelector(selector)?.getAttribute('content') ?? undefined);
  const ld = jsonLd(
    Array.from(document.querySelectorAll('script[type="application/ld+json"]'), (s) => s.textContent ?? ''),
  );
  const canonical =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('meta[property="og:url"]');
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  const page: Page = { paragraphs: [] };
  const dateOf = (value: string | undefined) =>
    value ? (toIsoDate(value) ?? toIsoDate(value.slice(0, 10))) : undefined;
  const date =
    dateOf(meta('meta[property="article:published_time"]')) ??
    dateOf(ld.date) ??
    dateOf(time) ??
    dateOf(meta('meta[name="date"]'));
  if (date) page.date = date;
  const url = canonical ? safeUrl(canonical) : undefined;
  if (url) page.url = url;
  // Readability changes the document: read the metadata first
  let article: ReturnType<Readability<DomNode>['parse']> = null;
  try {
    article = new Readability<DomNode>(document as unknown as Document, {
      serializer: (node) => node as unknown as DomNode,
      keepClasses: true, // for pruneClutter
    }).parse();
  } catch {
    article = null;
  }
  const title =
    oneLine(ld.headline) ??
    meta('meta[property="og:title"]') ??
    oneLine(article?.title) ??
    oneLine(document.querySelector('title')?.textContent ?? undefined);
  if (title) page.title = title;
  const author =
    meta('meta[name="author"]') ??
    oneLine(ld.author) ??
    meta('meta[property="article:author"]') ??
    oneLine(article?.byline);
  if (author && !safeUrl(author)) page.author = author;
  const outlet = meta('meta[property="og:site_name"]') ?? oneLine(ld.publisher) ?? oneLine(article?.siteName);
  const named = outlet ? outletName(outlet) : undefined;
  if (named) page.outlet = named;
  if (article?.content)
    page.paragraphs = dropClutterLines(paragraphsOf(pruneClutter(article.content)), {
      titles: [title, article.title ?? undefined],
    });
  return page;
}

const ARTICLE_TYPES =
  /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report|ScholarlyArticle|WebPage)$/;

/** The first news article described by the page's JSON-LD blocks (invalid JSON is ignored). */
function jsonLd(blocks: readonly string[]): { headline?: string; date?: string; author?: string; publisher?: string } {
  const found: Record<string, unknown>[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 8 || found.length > 50) return;
    if (Array.isArray(value)) for (const v of value.slice(0, 50)) visit(v, depth + 1);
    else if (value && typeof value === 'object') {
      const obj = value as Record<string, unknown>;
      const types = ([] as unknown[]).concat(obj['@type']);
      if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) found.push(obj);
      if (obj['@graph']) visit(obj['@graph'], depth + 1);
    }
  };
  for (const block of blocks) {
    try {
      visit(JSON.parse(block), 0);
    } catch {
      // not JSON: ignored
    }
  }
  // a news article rather than the page around it
  const best =
    found.find((o) =>
      ([] as unknown[]).concat(o['@type']).some((t) => typeof t === 'string' && /Article|Posting|Report/.test(t)),
    ) ?? found[0];
  if (!best) return {};
  const name = (v: unknown): string | undefined => {
    const first = Array.isArray(v) ? v[0] : v;
    if (typeof first === 'string') return first;
    if (first && typeof first === 'object' && typeof (first as { name?: unknown }).name === 'string')
      return (first as { name: string }).name;
    return undefined;
  };
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const out: { headline?: string; date?: string; author?: string; publisher?: string } = {};
  const headline = text(best.headline) ?? text(best.name);
  if (headline) out.headline = headline;
  const date = text(best.datePublished) ?? text(best.dateCreated);
  if (date) out.date = date;
  const author = name(best.author);
  if (author) out.author = author;
  const publisher = name(best.publisher);
  if (publisher) out.publisher = publisher;
  return out;
}

/** Some text, and either a sentence or more than a line of it (a menu's "Home" is no article). */
export const looksLikeProse = (text: string): boolean =>
  text.length >= 200 || (/\p{L}/u.test(text) && /[.!?]["”’)]?(?:\s|$)/u.test(text) && text.split(/\s+/).length >= 4);

/** A page as an article draft; undefined, with a NO_ARTICLE_BODY warning naming it, when it has no article text. */
export function pageToArticle(
  source: string,
  page: Page,
  warnings: Warning[],
  format: 'html' = 'html',
): ArticleDraft | undefined {
  const text = joinParagraphs(page.paragraphs);
  if (!looksLikeProse(text)) {
    warnings.push({
      code: 'NO_ARTICLE_BODY',
      file: source,
      message: 'no article text found in this page (Readability found no body); skipped',
    });
    return undefined;
  }
  const article: ArticleDraft = {
    source,
    format,
    title: page.title ?? titleFromFileName(source),
    text,
    prose: maskHtml(text),
    bodyLine: 1,
  };
  if (page.date) article.date = page.date;
  if (page.author) article.author = page.author;
  if (page.outlet) article.outlet = page.outlet;
  if (page.url) article.sourceUrl = page.url;
  return article;
}
