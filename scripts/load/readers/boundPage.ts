/**
 * A bound on the work a saved page can cost, measured before it is parsed. The HTML parser (htmlparser2, under
 * linkedom) keeps its open elements in an array it shifts and unshifts, so parsing is quadratic in the nesting depth
 * (100,000 nested elements: minutes), and Readability is quadratic in depth too (1,000 levels: seconds; a few
 * thousand overflow the stack). One linear pass over the tags, following the parser's rules (void elements, the
 * tags an opening tag closes, raw text in script and style), measures the depth and counts the elements; when the
 * page is deeper than `maxDepth`, the tags below that depth are dropped and their text kept (a block element
 * becomes a line break, so paragraphs stay apart; an element never read as text — a script, a form, an svg — goes
 * whole). A page that reads as before is returned as it was, untouched.
 */
import { BLOCKS, SKIPPED } from './htmlTags.ts';

export interface Options {
  /** Elements nested deeper than this are flattened into their parent at this depth (real pages: at most 40). */
  maxDepth: number;
}

export const defaultOptions: Options = { maxDepth: 256 };

/** What the pass found: the page (flattened when it was too deep), its depth and its number of elements, as written. */
export interface Bounded {
  html: string;
  /** The deepest nesting of elements, counted as the parser would. */
  depth: number;
  /** Elements (void ones included) and comments left in the page once flattened: what Readability would walk. */
  elements: number;
  /** Whether tags were dropped (the page was deeper than `maxDepth`). */
  flattened: boolean;
}

/** Elements whose content is raw text up to their closing tag, never tags (htmlparser2's Tokenizer). */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);
/** Elements with no content and no closing tag (htmlparser2's Parser). */
const VOID = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
/** The open elements an opening tag closes first (htmlparser2's Parser). */
const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>(
  (
    [
      ['tr', ['tr', 'th', 'td']],
      ['th', ['th']],
      ['td', ['thead', 'th', 'td']],
      ['body', ['head', 'link', 'script']],
      ['li', ['li']],
      ['select', FORM],
      ['input', FORM],
      ['output', FORM],
      ['button', FORM],
      ['datalist', FORM],
      ['textarea', FORM],
      ['option', ['option']],
      ['optgroup', ['optgroup', 'option']],
      ['dd', ['dd', 'dt']],
      ['dt', ['dd', 'dt']],
      ['rt', ['rt', 'rp']],
      ['rp', ['rt', 'rp']],
      ['tbody', ['thead', 'tbody']],
      ['tfoot', ['thead', 'tbody']],
      ...'p h1 h2 h3 h4 h5 h6 address article aside blockquote details div dl fieldset figcaption figure footer form header hr main nav ol pre section table ul'
        .split(' ')
        .map((tag) => [tag, P] as const),
    ] as const
  ).map(([tag, closed]) => [tag, new Set(closed)]),
);

/** An open element: its name, and whether its tags are kept, dropped, or dropped with all it holds. */
interface Open {
  name: string;
  fate: 'keep' | 'drop' | 'skip';
}

/** The tag starting at `start` (a "<"): its name, whether it closes, and the index after its ">". */
interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  end: number;
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;

/** Read the tag at `start` ("<a …>" or "</a …>"); undefined when "<" starts no tag there (text). */
function readTag(html: string, start: number): Tag | undefined {
  const closing = html.charCodeAt(start + 1) === 47; // "/"
  let i = start + (closing ? 2 : 1);
  if (!isLetter(html.charCodeAt(i))) return undefined;
  const nameStart = i;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (isSpace(c) || c === 47 || c === 62) break;
    i++;
  }
  const name = html.slice(nameStart, i).toLowerCase();
  // attributes: a quote opens a value only right after "=" (and white space)
  let afterEquals = false;
  let selfClosing = false;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (c === 62) return { name, closing, selfClosing, end: i + 1 };
    if (afterEquals && (c === 34 || c === 39)) {
      const close = html.indexOf(c === 34 ? '"' : "'", i + 1);
      if (close === -1) break;
      i = close + 1;
      afterEquals = false;
      selfClosing = false;
      continue;
    }
    if (c === 61) afterEquals = true;
    else if (!isSpace(c)) afterEquals = false;
    selfClosing = c === 47;
    i++;
  }
  return { name, closing, selfClosing, end: html.length };
}

/** Where markup that is no tag ends: a comment, a declaration, a processing instruction; undefined for text. */
function skipOther(html: string, start: number): number | undefined {
  if (html.startsWith('<!--', start)) {
    const end = html.indexOf('-->', start + 4);
    return end === -1 ? html.length : end + 3;
  }
  const next = html.charCodeAt(start + 1);
  if (next === 33 || next === 63 || (next === 47 && !isLetter(html.charCodeAt(start + 2)))) {
    // <!…>, <?…>, </…> not followed by a letter
    const end = html.indexOf('>', start + 2);
    return end === -1 ? html.length : end + 1;
  }
  return undefined;
}

/** What a dropped tag leaves: a line break for a block (once in a row), a space for a table cell, else nothing. */
const leftOf = (name: string) => (BLOCKS.has(name.toUpperCase()) ? '<br>' : name === 'td' || name === 'th' ? ' ' : '');

/** Measure a page's nesting and, when it is deeper than `maxDepth`, flatten what lies below (see the file's comment). */
export function boundPage(html: string, options: Partial<Options> = {}): Bounded {
  const { maxDepth } = { ...defaultOptions, ...options };
  const stack: Open[] = [];
  /** How many open elements of each name (so a closing tag with no opening one costs nothing to look up). */
  const openCount = new Map<string, number>();
  const out: string[] = [];
  let copied = 0; // the html before this index is written to `out`, or dropped
  let skipping = 0; // open elements dropped with all they hold
  let foreign = 0; // open svg and math elements, where "<x/>" closes itself
  let lastBreak = false; // the last thing written is a dropped block's line break
  let depth = 0;
  let elements = 0;
  /** Replace html[start, end) by `by`; what lies between the last replacement and `start` is kept unless skipping. */
  const replace = (start: number, end: number, by: string) => {
    if (!skipping) {
      const before = html.slice(copied, start);
      out.push(before);
      if (/\S/.test(before)) lastBreak = false;
      if (by !== '<br>' || !lastBreak) out.push(by);
      if (by === '<br>') lastBreak = true;
    }
    copied = end;
  };
  /** Close the top element; [start, end) is its closing tag (empty when the close is implied). */
  const close = (start: number, end: number) => {
    const open = stack.pop()!;
    openCount.set(open.name, openCount.get(open.name)! - 1);
    if (open.name === 'svg' || open.name === 'math') foreign--;
    if (open.fate === 'keep') return;
    replace(start, end, open.fate === 'drop' ? leftOf(open.name) : '');
    if (open.fate === 'skip') skipping--;
  };
  let i = html.indexOf('<');
  while (i !== -1) {
    const other = skipOther(html, i);
    const tag = other === undefined ? readTag(html, i) : undefined;
    if (other !== undefined || !tag) {
      // a comment, a declaration, or a "<" in text
      if (other !== undefined && skipping) replace(i, other, '');
      else if (other !== undefined && html.startsWith('<!--', i)) elements++;
      i = html.indexOf('<', other ?? i + 1);
      continue;
    }
    const { name } = tag;
    if (tag.closing) {
      if (!VOID.has(name) && (openCount.get(name) ?? 0) > 0) {
        // the elements still open inside it close with it
        while (stack.at(-1)!.name !== name) close(i, i);
        close(i, tag.end);
      } else if (skipping) replace(i, tag.end, '');
      else if (stack.length >= maxDepth && (name === 'p' || name === 'br')) replace(i, tag.end, '<br>');
      i = html.indexOf('<', tag.end);
      continue;
    }
    const closes = IMPLIES_CLOSE.get(name);
    if (closes) while (stack.length && closes.has(stack.at(-1)!.name)) close(i, i);
    const isVoid = VOID.has(name) || (tag.selfClosing && foreign > 0);
    const level = stack.length + 1;
    if (!isVoid && level > depth) depth = level;
    // a void element nests nothing: it is kept beside its parent
    const deep = (isVoid ? level - 1 : level) > maxDepth || skipping > 0;
    const fate: Open['fate'] = !deep ? 'keep' : skipping || SKIPPED.has(name.toUpperCase()) ? 'skip' : 'drop';
    if (!deep) elements++;
    let end = tag.end;
    if (RAW_TEXT.has(name) && !isVoid) {
      // raw text up to its closing tag, never tags: one token here
      const closing = new RegExp(`</${name}[\\s/>]`, 'ig');
      closing.lastIndex = tag.end;
      const found = closing.exec(html);
      end = found ? html.indexOf('>', found.index) + 1 || html.length : html.length;
      if (deep) replace(i, end, '');
      i = html.indexOf('<', end);
      continue;
    }
    if (deep) replace(i, end, fate === 'drop' ? leftOf(name) : '');
    if (!isVoid) {
      stack.push({ name, fate });
      openCount.set(name, (openCount.get(name) ?? 0) + 1);
      if (name === 'svg' || name === 'math') foreign++;
      if (fate === 'skip') skipping++;
    }
    i = html.indexOf('<', end);
  }
  if (copied === 0) return { html, depth, elements, flattened: false };
  if (!skipping) out.push(html.slice(copied));
  return { html: out.join(''), depth, elements, flattened: true };
}
