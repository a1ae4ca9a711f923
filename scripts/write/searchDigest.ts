import { createHash } from 'node:crypto';

/** Elements without an end tag. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** What of a tag inside an ignored element can still reach the index: Pagefind's attributes, ids, images. */
const KEPT = /\s(?:data-pagefind-[\w-]+|id|src|alt)(?:=(?:"[^"]*"|'[^']*'|[^\s>]+))?/g;

const TAG = /<(\/?)([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^>"'])*)>|<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\4\s*>/g;

/**
 * A hash of what Pagefind reads of a page, as far as one can tell without Pagefind: the page's language, every
 * element with a data-pagefind-* attribute, and everything inside the data-pagefind-body element except the text
 * and the other attributes of what data-pagefind-ignore leaves out (an entity page's sentences, article lists and
 * counts, which change with every article that names it). Two pages with the same digest give the same index; a
 * changed digest may or may not change it. The warm build of `npm start` indexes again only the parts of the index
 * that hold a page whose digest changed. For the pages of Dossier's own templates (well-formed, attributes quoted).
 */
export function searchDigest(html: string): string {
  return createHash('sha256').update(searchedPart(html)).digest('hex').slice(0, 32);
}

/** What searchDigest hashes: the page's language, then the markup and text that can reach the index, in order. */
export function searchedPart(html: string): string {
  const parts: string[] = [];
  const hash = { update: (text: string) => parts.push(text) };
  hash.update(/<html\b[^>]*\blang="([^"]*)"/.exec(html)?.[1] ?? '');
  /** Depth inside the body element (0: outside), and the depth at which an ignored element began (0: none). */
  let depth = 0;
  let ignoredAt = 0;
  let at = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const text = html.slice(at, m.index);
    at = TAG.lastIndex;
    if (depth > 0 && ignoredAt === 0) hash.update(text);
    const [whole, closing, rawName, attributes = ''] = m;
    if (!rawName) {
      if (depth > 0 && ignoredAt === 0) hash.update(whole);
      continue;
    }
    const name = rawName.toLowerCase();
    const selfClosing = VOID.has(name) || attributes.endsWith('/');
    if (closing) {
      if (depth > 0) {
        if (ignoredAt === depth) ignoredAt = 0;
        if (ignoredAt === 0) hash.update(whole);
        depth--;
      }
      continue;
    }
    const opens = !selfClosing;
    if (depth === 0) {
      if (attributes.includes('data-pagefind-body')) {
        hash.update(whole);
        if (opens) depth = 1;
      } else if (attributes.includes('data-pagefind-')) hash.update(whole);
      continue;
    }
    if (ignoredAt === 0 && attributes.includes('data-pagefind-ignore')) {
      hash.update(`<${name}${(attributes.match(KEPT) ?? []).join('')}>`);
      if (opens) ignoredAt = depth + 1;
    } else if (ignoredAt === 0) hash.update(whole);
    else {
      const kept = attributes.match(KEPT);
      if (kept || name === 'img') hash.update(`<${name}${(kept ?? []).join('')}>`);
    }
    if (opens) depth++;
  }
  return parts.join('');
}
