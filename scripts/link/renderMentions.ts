import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import { escapeHtml } from '../core/text/escapeHtml.ts';
import type { Article } from '../core/types/article.ts';
import type { Span } from '../core/types/common.ts';

/** A mention to turn into a link: its span in the article text and where it points. */
export interface LinkedSpan extends Span {
  href: string;
  className: string;
}

export interface Paragraph extends Span {
  id: string;
}

export interface RenderedBody {
  /** Trusted HTML: every piece of article text in it is escaped. */
  html: string;
  /** Every block of the article, in order, with the id it carries on the page. */
  paragraphs: Paragraph[];
  /** How many of the given spans became links. */
  linked: number;
}

const paragraphId = (n: number) => `p-${n}`;

/** Render an article's body with its paragraphs numbered and every mention linked. */
export function renderMentions(article: Pick<Article, 'format' | 'text'>, spans: readonly LinkedSpan[]): RenderedBody {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  return article.format === 'md' ? renderMarkdown(article.text, sorted) : renderText(article.text, sorted);
}

// ---------------------------------------------------------------- plain text

function renderText(text: string, spans: readonly LinkedSpan[]): RenderedBody {
  const paragraphs: Paragraph[] = [];
  const parts: string[] = [];
  let next = 0;
  let linked = 0;
  for (const { start, end } of textBlocks(text)) {
    const id = paragraphId(paragraphs.length + 1);
    paragraphs.push({ id, start, end });
    while (next < spans.length && spans[next]!.start < start) next++;
    let cursor = start;
    let html = '';
    while (next < spans.length && spans[next]!.end <= end) {
      const span = spans[next++]!;
      if (span.start < cursor) continue;
      html += escapeHtml(text.slice(cursor, span.start)) + anchor(span, escapeHtml(text.slice(span.start, span.end)));
      cursor = span.end;
      linked++;
    }
    html += escapeHtml(text.slice(cursor, end));
    parts.push(`<p id="${id}">${html.trim()}</p>`);
  }
  return { html: parts.join('\n'), paragraphs, linked };
}

/**
 * Runs of lines that are not blank, from the start of the first to the end of the last.
 * Linear in the text (a regex over lines can backtrack quadratically on a long blank line).
 */
function textBlocks(text: string): Span[] {
  const blocks: Span[] = [];
  let open: Span | undefined;
  for (let lineStart = 0; lineStart <= text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    if (/\S/.test(text.slice(lineStart, lineEnd))) {
      if (open) open.end = lineEnd;
      else open = { start: lineStart, end: lineEnd };
    } else if (open) {
      blocks.push(open);
      open = undefined;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  if (open) blocks.push(open);
  return blocks;
}

const anchor = (span: LinkedSpan, inner: string) =>
  `<a class="${escapeHtml(span.className)}" href="${escapeHtml(span.href)}">${inner}</a>`;

// ---------------------------------------------------------------- markdown

const OPEN = '\uFDD0';
const SEP = '\uFDD1';
const CLOSE = '\uFDD2';
const MARKERS = /\uFDD0(\d+)\uFDD1|\uFDD2/g;
const ANY_MARKER = /[\uFDD0-\uFDD2]/g;

/** Raw HTML is escaped (html: false); links and images keep their target only if it is safe (see below). */
const md = new MarkdownIt({ html: false, linkify: false, typographer: false });

/**
 * markdown-it refuses javascript:, vbscript: and file: but lets data:image/… through; an article
 * link may only be relative or point at http(s), mailto or tel. A refused link stays as its text.
 */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
md.validateLink = (url: string): boolean => {
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  return scheme === undefined ? !/[\u0000-\u001f]/.test(url) : SAFE_SCHEMES.has(scheme);
};

function renderMarkdown(text: string, spans: readonly LinkedSpan[]): RenderedBody {
  // Mark every mention in the source with noncharacters that markdown treats as plain text,
  // then turn the marks into link tokens after inline parsing.
  const clean = text.replace(ANY_MARKER, '\uFFFD');
  let marked = '';
  let cursor = 0;
  spans.forEach((span, i) => {
    if (span.start < cursor) return;
    marked += clean.slice(cursor, span.start) + OPEN + i + SEP + clean.slice(span.start, span.end) + CLOSE;
    cursor = span.end;
  });
  marked += clean.slice(cursor);

  const tokens = md.parse(marked, {});
  const paragraphs = numberBlocks(tokens, text);
  let linked = 0;
  for (const token of tokens) {
    if (token.type === 'inline' && token.children) {
      const result = linkInline(token.children, spans);
      token.children = result.children;
      linked += result.linked;
    }
  }
  const html = md.renderer.render(tokens, md.options, {}).replace(ANY_MARKER, '');
  return { html, paragraphs, linked };
}

const BLOCKS = new Set([
  'paragraph_open',
  'heading_open',
  'table_open',
  'blockquote_open',
  'fence',
  'code_block',
  'hr',
]);

/** Give each block an id and work out which part of the text it covers. */
function numberBlocks(tokens: Token[], text: string): Paragraph[] {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const offset = (line: number) => (line < lineStarts.length ? lineStarts[line]! : text.length);
  const paragraphs: Paragraph[] = [];
  const listItems: Token[] = [];
  for (const token of tokens) {
    if (token.type === 'list_item_open') listItems.push(token);
    if (token.type === 'list_item_close') listItems.pop();
    if (!BLOCKS.has(token.type) || !token.map) continue;
    if (token.type === 'blockquote_open') continue;
    const id = paragraphId(paragraphs.length + 1);
    const holder = token.hidden ? listItems.at(-1) : token;
    if (!holder || holder.attrGet('id')) continue;
    holder.attrSet('id', id);
    paragraphs.push({ id, start: offset(token.map[0]), end: Math.max(offset(token.map[0]), offset(token.map[1]) - 1) });
  }
  return paragraphs;
}

/** Replace the marks inside one inline run with link tokens, where the link can nest cleanly. */
function linkInline(children: Token[], spans: readonly LinkedSpan[]): { children: Token[]; linked: number } {
  const out: Token[] = [];
  let linkDepth = 0;
  let open: { at: number; span: LinkedSpan } | undefined;
  let linked = 0;
  const TokenCtor = children[0]?.constructor as typeof Token;
  const textToken = (content: string) => Object.assign(new TokenCtor('text', '', 0), { content });

  for (const child of children) {
    if (child.type !== 'text' || (!child.content.includes(OPEN) && !child.content.includes(CLOSE))) {
      if (child.nesting !== 0 && open) {
        out.splice(open.at, 1); // the mention crosses a formatting boundary: leave it unlinked
        open = undefined;
      }
      if (child.type === 'link_open') linkDepth++;
      if (child.type === 'link_close') linkDepth--;
      out.push(child);
      continue;
    }
    let cursor = 0;
    for (const m of child.content.matchAll(MARKERS)) {
      if (m.index > cursor) out.push(textToken(child.content.slice(cursor, m.index)));
      cursor = m.index + m[0].length;
      if (m[1] !== undefined) {
        const span = spans[Number(m[1])];
        if (!span || linkDepth > 0) continue;
        const link = new TokenCtor('link_open', 'a', 1);
        link.attrs = [
          ['class', span.className],
          ['href', span.href],
        ];
        open = { at: out.length, span };
        out.push(link);
      } else if (open) {
        out.push(new TokenCtor('link_close', 'a', -1));
        open = undefined;
        linked++;
      }
    }
    if (cursor < child.content.length) out.push(textToken(child.content.slice(cursor)));
  }
  if (open) out.splice(open.at, 1);
  return { children: out, linked };
}
