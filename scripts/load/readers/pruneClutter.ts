/**
 * The second pass over a saved page's body, after Readability: it removes, from the content Readability kept, what
 * is part of the page rather than of the article, judged on the markup alone (the text is judged afterwards by
 * text/dropClutterLines.ts).
 *
 * - Captions and asides: `figcaption`, `aside`, `nav`, `footer` (unless together they hold much of the body: then
 *   the page is a gallery or a slide show whose captions are its text).
 * - Elements whose class or id names a kind of clutter (a whole word of it, so "caption", "photo-credit",
 *   "share-bar", "related_posts", "newsletter", "promo", "byline", "timestamp", "ad-slot", "breadcrumb", "tags"…),
 *   but never those that, named alike, hold much of the body.
 * - Link-dense blocks: a paragraph, list item, heading (h3-h6) or div with no block inside, of a few words, that
 *   is mostly link text ("Also read: <a>a headline</a>", a menu's "<a>Home</a>", a list of related stories), as
 *   trafilatura and jusText judge them.
 *
 * It works on Readability's content in place and returns it.
 */

export interface Options {
  /** A block is link-dense when more than this share of its letters are inside links… */
  linkDensity: number;
  /** …and it has at most this many words (a long paragraph with many links is still prose). */
  linkDenseWords: number;
  /** A clutter-named element is removed only when it holds less than this share of the body's text. */
  maxShare: number;
}

export const defaultOptions: Options = { linkDensity: 0.5, linkDenseWords: 30, maxShare: 0.4 };

/** Elements that are never article text in a body Readability kept. */
const DROPPED_TAGS = 'figcaption, aside, nav, footer';

/** Words of a class or id that name clutter. Matched as whole words of the name (split at - _ and case changes). */
const CLUTTER_NAMES = new Set([
  'caption',
  'captions',
  'credit',
  'credits',
  'copyright',
  'share',
  'sharing',
  'social',
  'related',
  'newsletter',
  'promo',
  'byline',
  'timestamp',
  'ad',
  'ads',
  'advert',
  'advertisement',
  'sponsor',
  'sponsored',
  'subscribe',
  'subscription',
  'signup',
  'breadcrumb',
  'breadcrumbs',
  'tags',
  'comments',
  'disclaimer',
  'recommended',
]);

/** Blocks whose link density is judged (the smallest units a menu or a list of links is made of; a page's own
 * headings h1 and h2 are often links to the page itself). */
const JUDGED_BLOCKS = 'p, li, h3, h4, h5, h6, dt, dd';
const INNER_BLOCKS = 'p, div, li, ul, ol, table, section, article, h1, h2, h3, h4, h5, h6, blockquote, pre, figure';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const letters = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '').length;

/** The whole words of a class or id attribute, lower-cased. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The share of a block's letters that are inside links (0 for a block with no letters). */
export function linkDensityOf(block: Element): number {
  const total = letters(block.textContent ?? '');
  if (!total) return 0;
  let linked = 0;
  for (const a of Array.from(block.querySelectorAll('a'))) linked += letters(a.textContent ?? '');
  return Math.min(1, linked / total);
}

/** Remove the clutter from Readability's content (in place); returns the same root. */
export function pruneClutter<T>(root: T, options: Partial<Options> = {}): T {
  const opts = { ...defaultOptions, ...options };
  const body = root as unknown as Element;
  if (typeof body.querySelectorAll !== 'function') return root;
  const total = letters(body.textContent ?? '');
  const dropped = Array.from(body.querySelectorAll(DROPPED_TAGS));
  // captions that hold much of the text are the content (a gallery, a slide show)
  if (dropped.reduce((n, el) => n + letters(el.textContent ?? ''), 0) < opts.maxShare * total)
    for (const el of dropped) el.remove();
  // elements named alike are judged together: a gallery's many "slide-caption"s are its text
  const named = new Map<string, Element[]>();
  for (const el of Array.from(body.querySelectorAll('[class], [id]'))) {
    const name = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    const clutter = nameWords(name).filter((w) => CLUTTER_NAMES.has(w));
    if (!clutter.length) continue;
    const key = clutter.join(' ');
    const group = named.get(key);
    if (group) group.push(el);
    else named.set(key, [el]);
  }
  for (const group of named.values())
    if (group.reduce((n, el) => n + letters(el.textContent ?? ''), 0) < opts.maxShare * total)
      for (const el of group) el.remove();
  const judged = Array.from(body.querySelectorAll(JUDGED_BLOCKS));
  // a div with no block inside is a block too ("<div><a>Home</a> | <a>News</a></div>")
  for (const div of Array.from(body.querySelectorAll('div'))) if (!div.querySelector(INNER_BLOCKS)) judged.push(div);
  for (const el of judged) {
    const text = el.textContent ?? '';
    if (!text.trim() || words(text) > opts.linkDenseWords) continue;
    if (linkDensityOf(el) > opts.linkDensity) el.remove();
  }
  return root;
}
