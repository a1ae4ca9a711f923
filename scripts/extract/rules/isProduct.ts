/**
 * A product or piece of software (MISC by the guidelines: no page), read from its mentions in one document. Used by
 * the not-a-name layer (dropNotNames.ts). The cues, per mention:
 * - the name's last word is a product's ("Zorin Desktop", "Quillo Pro", "Quillo Server");
 * - a version after it: "Quillo 4.2", "Quillo v3", "Quillo (10.15)", two versions in a row ("Quillo 7 and 6"), or
 *   a release's code name in brackets after its version ("10.15 (Quillo)");
 * - a trademark sign glued to it ("Quillo®", "Quillo™");
 * - a verb of software before it: "install Quillo", "download Quillo", "run Quillo", "launch Quillo";
 * - a product noun after it: "the Quillo app", "the Quillo image", "Quillo users", "Quillo virtual machines";
 * - weak, counted only beside a strong cue of the same name: "your Quillo", "on a Quillo", "for Quillo";
 * - code: words of programming around it ("written in Quillo", "Quillo code", "Quillo scripts", "Quillo developers",
 *   "a Quillo function"), and, once per name, the page writing the name inside a code span or on a line that reads as
 *   code (dropCodeNames.ts), in any case ("`quillo build`", "$ quillo --help"), or in lower case glued to a version
 *   as a package's name ("install quillo3 and quillo3-dev"), and each mention in code; a name written
 *   in code needs a third of its mentions cued, like a listed one, or two strong cues besides (a language named all
 *   through a tutorial); never for a person's full name, and a known place still needs most of its mentions cued.
 * A name is a product when most of its mentions have a cue, and two do or one is a version, a trademark or a product
 * word; a name the product lexicon lists (data/lexicons/products.json) needs a third of its mentions cued. A place the
 * gazetteer knows needs versions on most mentions (or the lexicon and most cued). Never when something marks the name as a
 * person's (a title, "Mr.", "X said") or a company's ("X said its", "shares of X").
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import type { Token } from '../analyse/tokenize.ts';
import { wordSet } from '../../lang/lexicon.ts';
import { productNames } from '../../lang/products.ts';
import { codeLines } from './dropCodeNames.ts';
import { hasCompanyContext } from './typeByCues.ts';

export interface Options {
  /** A form ending in a product word or a model's suffix ("X Desktop", "X Pro"). */
  heads: boolean;
  /** Version numbers after the name ("X 4.2", "X v3", "X (10.15)", "X 7 and 6"). */
  versions: boolean;
  /** A trademark sign glued to the name ("X®"). */
  marks: boolean;
  /** Verbs of software before the name ("install X", "run X"). */
  verbs: boolean;
  /** Product nouns after the name ("X app", "X image", "X users"). */
  nouns: boolean;
  /** Weak cues that count beside a strong one: "your X", "a X" alone, "for X" / "on X" alone. */
  weak: boolean;
  /** Programming cues: "written in X", "X code", "X scripts", "a X function", the name written in code on the page. */
  code: boolean;
  /** Names listed as products, lower case: a third of the mentions cued is enough. Default: the shipped list; empty: none. */
  listed?: ReadonlySet<string>;
  /** A listed name with no cue at all, nothing marking it a person's or a company's, is a product too. */
  listedAlone: boolean;
}

export const defaultOptions: Options = {
  heads: true,
  versions: true,
  marks: true,
  verbs: true,
  nouns: true,
  weak: true,
  code: true,
  listedAlone: false,
};

interface Occ {
  first: number;
  last: number;
  text: string;
}

interface ClusterLike {
  type?: string;
  place?: unknown;
  forms: ReadonlyMap<string, number>;
  occurrences: readonly Occ[];
}

/** Last words that make a name a product's: "Acme Desktop", "Zorin Linux", "Qubit Authenticator", "Quillo Pro". */
const PRODUCT_HEADS = wordSet(
  `desktop linux os app apps browser edition console laptop tablet phone smartphone keyboard controller headset
  authenticator silicon gtx rtx ryzen pro max ultra server`,
);

/** Lower-case words after a product's name: "the X app", "X release", "X distributions", "the X image". */
const PRODUCT_AFTER = wordSet(
  `app apps software browser version versions release releases distribution distributions distro distros derivative
  derivatives package packages installer plugin plugins plug-in extension extensions api sdk cli integration beta
  validator nodes firmware update updates users wallet image images container containers build builds library
  libraries framework editor emulator processor processors installation partition programs applications icon plug
  license cache chips`,
);

/** Lower-case words before a product's name: "install X", "run X". */
const PRODUCT_BEFORE = wordSet(
  `install installs installing installed uninstall download downloads downloading downloaded upgrade upgrading
  reinstall run runs running launch launches launching`,
);

/** Words before a name that make it someone's: titles and honorifics. */
const PERSON_BEFORE = wordSet('mr mrs ms miss dr sir madam dame lord lady president senator minister');
/** Verbs of speaking after a name: a person (or a body) speaks, a product does not. */
const SAYING_AFTER = wordSet('said says told asked added explained wrote writes argued noted');

const TRADEMARK = /^[®™]/u;

/** Lower-case words after a programming language's or tool's name: "X code", "X scripts", "X developers". */
const CODE_AFTER = wordSet(
  `code script scripts module modules developer developers programmer programmers programming interpreter compiler
  syntax snippet snippets codebase runtime`,
);
/** …and after "a X": "a X function", "a X class", "a X file". */
const CODE_AFTER_A = wordSet('function functions class classes file files method object');
const DETERMINERS = wordSet('a an the this that each every');
/** Verbs before "in X": "written in X", "coded in X". */
const WRITTEN_IN = wordSet('written write writing coded code coding programmed programming implemented scripted');

/** Is the cluster a product's name in this document? */
export function isProduct(ctx: DocContext, c: ClusterLike, options: Partial<Options> = {}): boolean {
  const opts = { ...defaultOptions, ...options };
  const n = c.occurrences.length;
  if (n === 0) return false;
  const names = opts.listed ?? productNames();
  let strong = 0;
  let cued = 0;
  let formal = 0;
  // written in code on the page: one cue for the name, one for each mention in code, and a third cued is enough
  const written = opts.code && writtenInCode(ctx, c);
  const inCode = written ? codeText(ctx).at : undefined;
  for (const o of c.occurrences) {
    const cue = strongCue(ctx, o, opts) ?? (inCode?.[o.first] === 1 ? 'context' : undefined);
    if (cue) {
      strong++;
      cued++;
      if (cue === 'formal') formal++;
    } else if (opts.weak && weakCue(ctx, o)) cued++;
  }
  if (written && !c.place) {
    strong++;
    cued++;
  }
  // the form, or its first word, is a listed name that is nothing else ("Quillo", "Quillo Studio")
  const listed =
    written || [...c.forms.keys()].some((f) => names.has(f.toLowerCase()) || names.has(f.split(' ')[0]!.toLowerCase()));
  if (listed && opts.listedAlone && strong === 0) return !c.place && !marked(ctx, c);
  if (strong === 0) return false;
  // a place the gazetteer knows needs versions on most of its mentions ("Quillo 10.15"), or the lexicon and most cued
  if (c.place && !(2 * formal > n || (listed && 2 * cued > n))) return false;
  // most mentions cued, and two cues, or a version or product word; a listed name needs a third of them cued
  // written in code with two more strong cues is enough at any share (a language named throughout a tutorial)
  const enough =
    (written && !c.place && strong >= 3) || (listed ? 3 * cued >= n : 2 * cued >= n && (cued >= 2 || formal >= 1));
  return enough && !marked(ctx, c);
}

/** A title, a verb of speaking or a company's context marks one of the mentions as a person's or a company's. */
function marked(ctx: DocContext, c: ClusterLike): boolean {
  const t = ctx.tokens;
  return c.occurrences.some(
    (o) =>
      PERSON_BEFORE.has(t[o.first - 1]?.lower.replace(/\.$/, '') ?? '') ||
      SAYING_AFTER.has(lower(t[o.last + 1])) ||
      hasCompanyContext(ctx, o),
  );
}

const lower = (t: Token | undefined): string => (t?.kind === 'word' && !t.cap ? t.lower : '');
const isNumber = (t: Token | undefined): boolean => t?.kind === 'number';

/** Does the mention's last word make it a product's ("X Desktop", "X Pro")? */
const headed = (o: Occ): boolean =>
  /\s/.test(o.text) && PRODUCT_HEADS.has(o.text.slice(o.text.lastIndexOf(' ') + 1).toLowerCase());

/**
 * A strong cue of a product at the mention: 'formal' for a product word ending it, a version or a trademark sign,
 * 'context' for a word around it.
 */
function strongCue(ctx: DocContext, o: Occ, opts: Options): 'formal' | 'context' | undefined {
  const t = ctx.tokens;
  const after = t[o.last + 1];
  if (opts.heads && headed(o)) return 'formal';
  if (opts.marks && after && !after.spaceBefore && TRADEMARK.test(after.text)) return 'formal';
  if (opts.versions && (hasVersion(t, o.last) || namesVersion(t, o))) return 'formal';
  const before = lower(t[o.first - 1]);
  if (opts.verbs && PRODUCT_BEFORE.has(before) && !/^['’]/.test(after?.norm ?? '')) return 'context';
  if (opts.verbs && before === 'of' && /^versions?$/.test(lower(t[o.first - 2]))) return 'context';
  if (opts.nouns) {
    const next = lower(after);
    if (PRODUCT_AFTER.has(next)) return 'context';
    if (next === 'virtual' && /^machines?$/.test(lower(t[o.last + 2]))) return 'context';
  }
  if (opts.code && codeCue(t, o)) return 'context';
  return undefined;
}

/** "written in X", "X code", "X scripts", "X developers", "a X function", "a X file". */
function codeCue(t: readonly Token[], o: Occ): boolean {
  const next = lower(t[o.last + 1]);
  if (CODE_AFTER.has(next)) return true;
  // "the X language", "X programming languages"
  if (next === 'language' || next === 'languages') return true;
  const before = lower(t[o.first - 1]);
  if (CODE_AFTER_A.has(next) && DETERMINERS.has(before)) return true;
  return before === 'in' && WRITTEN_IN.has(lower(t[o.first - 2]));
}

interface CodeText {
  /** Lower-cased words written in code. */
  words: Set<string>;
  /** 1 where the token is in code: inside backticks, or on a line that reads as code. */
  at: Uint8Array;
}

/** What the page writes in code: inside backticks, on a command line, or on a line that reads as code (dropCodeNames.ts). */
const codeTextCache = new WeakMap<DocContext, CodeText>();
function codeText(ctx: DocContext): CodeText {
  const cached = codeTextCache.get(ctx);
  if (cached) return cached;
  const t = ctx.tokens;
  const out: CodeText = { words: new Set(), at: new Uint8Array(0) };
  codeTextCache.set(ctx, out);
  if (!ctx.text.includes('`') && !/[{}=<>$|\\]/.test(ctx.text)) return out;
  out.at = programLines(ctx);
  let tick = false;
  let prompt = false;
  for (let i = 0; i < t.length; i++) {
    const x = t[i]!;
    // a command line: a shell prompt, then a command in lower case ("$ quillo --help")
    if (x.lineStart) {
      tick = false;
      prompt = x.text === '$' && !t[i + 1]?.lineStart && lower(t[i + 1]) !== '';
    }
    if (x.text === '`') tick = !tick && closes(t, i);
    else if (tick || prompt) out.at[i] = 1;
    if (out.at[i] === 1 && x.kind === 'word') out.words.add(x.lower);
  }
  return out;
}

/** A backtick that opens a code span: another closes it within a few tokens on its line (not a stray "`word"). */
function closes(t: readonly Token[], i: number): boolean {
  for (let j = i + 1; j < t.length && j <= i + 12 && !t[j]!.lineStart; j++) if (t[j]!.text === '`') return true;
  return false;
}

/** Marks of a program, not of a table of scores ("5 / 2", "+3"): assignments, brackets, braces, underscores. */
const PROGRAM_PUNCT = new Set(['=', '{', '}', '[', ']', '_', '\\', '$', ';', '<', '>']);

/** The lines that read as code (dropCodeNames.ts) and hold a mark of a program. */
function programLines(ctx: DocContext): Uint8Array {
  const t = ctx.tokens;
  const at = codeLines(ctx);
  let start = 0;
  let program = false;
  for (let i = 0; i <= t.length; i++) {
    if (i < t.length && !t[i]!.lineStart) {
      if (at[i] === 1 && PROGRAM_PUNCT.has(t[i]!.text)) program = true;
      continue;
    }
    if (!program) at.fill(0, start, i);
    start = i;
    program = i < t.length && at[i] === 1 && PROGRAM_PUNCT.has(t[i]!.text);
  }
  return at;
}

/** A one-word form of the name the page also writes in code; never a person's with a full name ("Jane Roe"). */
function writtenInCode(ctx: DocContext, c: ClusterLike): boolean {
  const forms = [...c.forms.keys()];
  if (c.type === 'person' && forms.some((f) => /\s/.test(f))) return false;
  const { words } = codeText(ctx);
  const versioned = versionedWords(ctx);
  return forms.some((f) => !/\s/.test(f) && (words.has(f.toLowerCase()) || versioned.has(f.toLowerCase())));
}

const versionedCache = new WeakMap<DocContext, Set<string>>();

/**
 * Words the page writes in lower case glued to a version, as a package's or a command's name is written ("install
 * python3 and python3-dev", "the quillo-2.x build", "node18"), outside handles, addresses and file names.
 */
function versionedWords(ctx: DocContext): Set<string> {
  let out = versionedCache.get(ctx);
  if (out) return out;
  out = new Set();
  for (const m of ctx.text.matchAll(/(?<![\p{L}\p{N}@./_#:\\-])(\p{Ll}{2,})-?\d/gu)) out.add(m[1]!);
  versionedCache.set(ctx, out);
  return out;
}

/** "X 4.2", "X v3", "X (10.15)", "X 7 and 6": a version after the name. */
function hasVersion(t: readonly Token[], last: number): boolean {
  const a = t[last + 1];
  if (!a?.spaceBefore && a?.norm !== '(') return false;
  if (isNumber(a) && /^\d+\.\d+/.test(a.text)) return true;
  if (a.kind === 'word' && /^v\d+(?:\.\d+)*$/.test(a.text)) return true;
  if (a.norm === '(' && isNumber(t[last + 2]) && /^\d+\.\d+$/.test(t[last + 2]!.text) && t[last + 3]?.norm === ')')
    return true;
  // a year closing a line or before a bracket: "Quillo Server 2019", "Quillo 2012 (SP1)"
  if (
    isNumber(a) &&
    /^(?:19|20)\d\d$/.test(a.text) &&
    (!t[last + 2] || t[last + 2]!.lineStart || t[last + 2]!.norm === '(')
  )
    return true;
  // two versions in a row, one apart: "X 7 and 6", "X 2019 and 2018" (no score, no count)
  if (isNumber(a) && /^\d+$/.test(a.text) && /^(?:and|or)$/.test(lower(t[last + 2]))) {
    const b = t[last + 3];
    return isNumber(b) && /^\d+$/.test(b!.text) && Math.abs(Number(a.text) - Number(b!.text)) === 1;
  }
  return false;
}

/** "10.15 (X)", "v2 (X)": a release's code name in brackets after its version number. */
function namesVersion(t: readonly Token[], o: Occ): boolean {
  if (t[o.first - 1]?.norm !== '(' || t[o.last + 1]?.norm !== ')') return false;
  const v = t[o.first - 2];
  return (isNumber(v) && /^\d+\.\d+/.test(v!.text)) || (v?.kind === 'word' && /^v\d+(?:\.\d+)*$/.test(v.text));
}

/** "your X", "on a X." / "a X and": a thing owned or counted; "for X" / "on X" at a clause's end: a platform. */
function weakCue(ctx: DocContext, o: Occ): boolean {
  const t = ctx.tokens;
  const before = lower(t[o.first - 1]);
  if (before === 'your' || before === 'my') return true;
  const after = t[o.last + 1];
  // nothing noun-like after it: the end of a clause, or a function word
  const ends =
    !after || after.lineStart || after.kind === 'punct' || /^(?:and|or|to|in|on|with|from|for)$/.test(lower(after));
  if (!ends) return false;
  if (before === 'a' || before === 'an') return true;
  return before === 'for' || before === 'on';
}
