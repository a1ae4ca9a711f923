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
import { cleanTitle, decodeRefs, splitTitle } from '../text/cleanTitle.ts';
import { oneLine, safeUrl, titleFromFileName } from '../text/fields.ts';
import { hostOf, nameOutlet } from '../text/nameOutlet.ts';
import { findPageDate } from './findPageDate.ts';
import type { ArticleDraft } from './draft.ts';
import { type Bounded, boundPage } from './boundPage.ts';
import { BLOCKS, SKIPPED } from './htmlTags.ts';
import { pruneClutter } from './pruneClutter.ts';
import { dropClutterLines } from '../text/dropClutterLines.ts';
import { hasArticleBody } from '../text/judgeBody.ts';
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
  /** The texts of the links in the body (for `hasArticleText`: a list of links is no article). */
  links?: string[];
  /** Dates found in the markup but outside 1800-01-01 … end of next year, passed over (each a message). */
  implausibleDates?: string[];
  /** Why the page was read with less care than usual: too deep, or too many elements (each a message). */
  tooComplex?: string[];
}

/** Bounds on the work one page may cost. Real saved pages are far under both: at most 40 levels deep and 5,516 elements. */
export interface Options {
  /** Elements nested deeper than this are flattened into their text before parsing (./boundPage.ts). */
  maxDepth: number;
  /** A page with more elements and comments than this (once flattened) is read as plain text, without Readability. */
  maxElements: number;
}

export const defaultOptions: Options = { maxDepth: 256, maxElements: 50_000 };

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
    // read childNodes once: linkedom builds a new list on every read, so reading it per child is quadratic
    const children = Array.from(node.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
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

/**
 * Read a page. `paragraphs` is empty when Readability finds no article body. The date is the first plausible one of
 * the sources listed in scripts/load/readers/findPageDate.ts (JSON-LD, article:published_time, itemprop, meta
 * names, <time>, the URL, a "Published …" line); the outlet is named by `nameOutlet` (scripts/load/text/nameOutlet.ts);
 * the title, author and outlet have their character references decoded, and the title loses the site's name
 * (`cleanTitle`). `now` sets the end of the plausible dates (next year's).
 */
export function readPage(html: string, now: Date = new Date(), options: Partial<Options> = {}): Page {
  const opts = { ...defaultOptions, ...options };
  const bounded = boundPage(html, { maxDepth: opts.maxDepth });
  const { document } = parseHTML(bounded.html);
  // linkedom makes a text node of each character reference: merged, or 140,000 of them in a row cost Readability dearly
  document.normalize();
  const meta = (selector: string) => oneLine(document.querySelector(selector)?.getAttribute('content') ?? undefined);
  const ld = jsonLd(
    Array.from(document.querySelectorAll('script[type="application/ld+json"]'), (s) => s.textContent ?? ''),
  );
  const canonical =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta('meta[property="og:url"]');
  const page: Page = { paragraphs: [] };
  const url = canonical ? safeUrl(canonical) : undefined;
  if (url) page.url = url;
  const dated = findPageDate(
    document as never,
    { ldDates: ld.dates, html: bounded.html, ...(url ? { url } : {}) },
    now,
  );
  if (dated.date) page.date = dated.date;
  if (dated.implausible.length) page.implausibleDates = dated.implausible;
  const siteName = meta('meta[property="og:site_name"]');
  const tooComplex = complexityOf(bounded, opts);
  if (tooComplex.length) page.tooComplex = tooComplex;
  const plain = bounded.elements > opts.maxElements;
  // Readability changes the document: read the metadata first
  let article: ReturnType<Readability<DomNode>['parse']> = null;
  try {
    if (!plain)
      article = new Readability<DomNode>(document as unknown as Document, {
        serializer: (node) => node as unknown as DomNode,
        keepClasses: true, // for pruneClutter
      }).parse();
  } catch {
    article = null;
  }
  const host = hostOf(url);
  const tagTitle = oneLine(document.querySelector('title')?.textContent ?? undefined);
  const rawTitle = oneLine(ld.headline) ?? meta('meta[property="og:title"]') ?? oneLine(article?.title) ?? tagTitle;
  const decoded = rawTitle ? decodeRefs(rawTitle) : undefined;
  // the site's name as the <title> (or the title taken) writes it ("… | Kordova Vesnik") names the outlet when the page states none
  const siteIn = (text: string | undefined) =>
    text ? splitTitle(decodeRefs(text), { names: [siteName, ld.publisher], host }).site : undefined;
  const outlet = nameOutlet(
    [siteName, ld.publisher, article?.siteName ?? undefined, siteIn(tagTitle), siteIn(decoded)],
    host,
  );
  if (outlet) page.outlet = outlet;
  const title = decoded && oneLine(cleanTitle(decoded, { names: [outlet, siteName, ld.publisher], host }));
  if (title) page.title = title;
  const author = oneLine(
    decodeRefs(
      meta('meta[name="author"]') ??
        oneLine(ld.author) ??
        meta('meta[property="article:author"]') ??
        oneLine(article?.byline) ??
        '',
    ),
  );
  if (author && !safeUrl(author)) page.author = author;
  const body = plain ? (document.body as unknown as DomNode | null) : article?.content;
  if (body) {
    const pruned = pruneClutter(body);
    page.paragraphs = dropClutterLines(paragraphsOf(pruned), {
      titles: [title, decoded, article?.title ?? undefined],
    });
    const links = Array.from(
      (pruned as unknown as ParentNode).querySelectorAll('a'),
      (a) => a.textContent?.replace(/[\s\u00a0]+/g, ' ').trim() ?? '',
    ).filter(Boolean);
    if (links.length) page.links = links;
  }
  return page;
}

/** Why a page is read with less care: nested deeper than `maxDepth` (flattened), more than `maxElements` (no Readability). */
function complexityOf(bounded: Bounded, opts: Options): string[] {
  const n = (count: number) => count.toLocaleString('en');
  const out: string[] = [];
  if (bounded.flattened)
    out.push(
      `is nested ${n(bounded.depth)} levels deep: what lies deeper than ${n(opts.maxDepth)} levels is read as plain text`,
    );
  if (bounded.elements > opts.maxElements)
    out.push(
      `has ${n(bounded.elements)} elements and comments, more than the ${n(opts.maxElements)} given to Readability: read as plain text without Readability (menus and links may be left in)`,
    );
  return out;
}

/** What the page's JSON-LD says of its article; `dates` are datePublished then dateCreated, as written. */
interface LdArticle {
  headline?: string;
  dates: { key: string; value: string }[];
  author?: string;
  publisher?: string;
}

const ARTICLE_TYPES =
  /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report|ScholarlyArticle|WebPage)$/;

/** The first news article described by the page's JSON-LD blocks (invalid JSON is ignored). */
function jsonLd(blocks: readonly string[]): LdArticle {
  const found: Record<string, unknown>[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 8 || found.length > 50) return;
    if (Array.isArray(value)) for (const v of value.slice(0, 50)) visit(v, depth + 1);
    else if (value && typeof value === 'object') {
      const obj = value as Record<string, unknown>;
      const types = ([] as unknown[]).concat(obj['@type'] ?? obj.type);
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
      ([] as unknown[])
        .concat(o['@type'] ?? o.type)
        .some((t) => typeof t === 'string' && /Article|Posting|Report/.test(t)),
    ) ?? found[0];
  if (!best) return { dates: [] };
  const name = (v: unknown): string | undefined => {
    const first = Array.isArray(v) ? v[0] : v;
    if (typeof first === 'string') return first;
    if (first && typeof first === 'object' && typeof (first as { name?: unknown }).name === 'string')
      return (first as { name: string }).name;
    return undefined;
  };
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const out: LdArticle = { dates: [] };
  const headline = text(best.headline) ?? text(best.name);
  if (headline) out.headline = headline;
  for (const key of ['datePublished', 'dateCreated']) {
    const value = text(best[key]);
    if (value) out.dates.push({ key, value });
  }
  const author = name(best.author);
  if (author) out.author = author;
  const publisher = name(best.publisher);
  if (publisher) out.publisher = publisher;
  return out;
}

/** Some text, and either a sentence or more than a line of it (a menu's "Home" is no article). */
export const looksLikeProse = (text: string): boolean =>
  text.length >= 200 || (/\p{L}/u.test(text) && /[.!?]["”’)]?(?:\s|$)/u.test(text) && text.split(/\s+/).length >= 4);

/**
 * Whether a page has an article's text: 'none' when Readability found no body (or no sentence in it), 'boilerplate'
 * when its body is only menus, notices, lists of links and footers (text/judgeBody.ts), else 'article'.
 */
export function judgePage(page: Page): 'none' | 'boilerplate' | 'article' {
  if (!looksLikeProse(joinParagraphs(page.paragraphs))) return 'none';
  return hasArticleBody(page.paragraphs, { titles: [page.title], links: page.links ?? [] }) ? 'article' : 'boilerplate';
}

/**
 * A page as an article draft; undefined, with a NO_ARTICLE_BODY warning naming it, when it has no article text or
 * only the page's boilerplate (`judgePage`).
 */
export function pageToArticle(
  source: string,
  page: Page,
  warnings: Warning[],
  format: 'html' = 'html',
): ArticleDraft | undefined {
  for (const message of page.tooComplex ?? []) warnings.push({ code: 'PAGE_TOO_COMPLEX', file: source, message });
  const text = joinParagraphs(page.paragraphs);
  const judged = judgePage(page);
  if (judged !== 'article') {
    warnings.push({
      code: 'NO_ARTICLE_BODY',
      file: source,
      message:
        judged === 'none'
          ? 'no article text found in this page (Readability found no body); skipped'
          : 'no article text found in this page (only menus, links, notices or a footer: no paragraph of prose); skipped',
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
  for (const message of page.implausibleDates ?? [])
    warnings.push({ code: 'DATE_IMPLAUSIBLE', file: source, message: `${message}; the next source is read` });
  if (page.date) article.date = page.date;
  if (page.author) article.author = page.author;
  if (page.outlet) article.outlet = page.outlet;
  if (page.url) article.sourceUrl = page.url;
  return article;
}
