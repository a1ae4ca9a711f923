/**
 * A product or piece of software (MISC by the guidelines: no page), read from its mentions in one document. Used by
 * the not-a-name layer (dropNotNames.ts). The cues, per mention:
 * - the name's last word is a product's ("Zorin Desktop", "Quillo Pro", "Quillo Server");
 * - a version after it: "Quillo 4.2", "Quillo v3", "Quillo (10.15)", two versions in a row ("Quillo 7 and 6");
 * - a trademark sign glued to it ("Quillo®", "Quillo™");
 * - a verb of software before it: "install Quillo", "download Quillo", "run Quillo", "launch Quillo";
 * - a product noun after it: "the Quillo app", "the Quillo image", "Quillo users", "Quillo virtual machines";
 * - weak, counted only beside a strong cue of the same name: "your Quillo", "on a Quillo", "for Quillo".
 * A name is a product when most of its mentions have a cue, and two do or one is a version, a trademark or a product
 * word; a name the product lexicon lists (data/lexicons/products.json) needs a third of its mentions cued. A place the
 * gazetteer knows needs versions on most mentions (or the lexicon and most cued). Never when something marks the name as a
 * person's (a title, "Mr.", "X said") or a company's ("X said its", "shares of X").
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import type { Token } from '../analyse/tokenize.ts';
import { wordSet } from '../../lang/lexicon.ts';
import { productNames } from '../../lang/products.ts';
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
  listedAlone: false,
};

interface Occ {
  first: number;
  last: number;
  text: string;
}

interface ClusterLike {
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

/** Is the cluster a product's name in this document? */
export function isProduct(ctx: DocContext, c: ClusterLike, options: Partial<Options> = {}): boolean {
  const opts = { ...defaultOptions, ...options };
  const n = c.occurrences.length;
  if (n === 0) return false;
  const names = opts.listed ?? productNames();
  let strong = 0;
  let cued = 0;
  let formal = 0;
  for (const o of c.occurrences) {
    const cue = strongCue(ctx, o, opts);
    if (cue) {
      strong++;
      cued++;
      if (cue === 'formal') formal++;
    } else if (opts.weak && weakCue(ctx, o)) cued++;
  }
  // the form, or its first word, is a listed name that is nothing else ("Quillo", "Quillo Studio")
  const listed = [...c.forms.keys()].some(
    (f) => names.has(f.toLowerCase()) || names.has(f.split(' ')[0]!.toLowerCase()),
  );
  if (listed && opts.listedAlone && strong === 0) return !c.place && !marked(ctx, c);
  if (strong === 0) return false;
  // a place the gazetteer knows needs versions on most of its mentions ("Quillo 10.15"), or the lexicon and most cued
  if (c.place && !(2 * formal > n || (listed && 2 * cued > n))) return false;
  // most mentions cued, and two cues, or a version or product word; a listed name needs a third of them cued
  const enough = listed ? 3 * cued >= n : 2 * cued >= n && (cued >= 2 || formal >= 1);
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
  if (opts.versions && hasVersion(t, o.last)) return 'formal';
  const before = lower(t[o.first - 1]);
  if (opts.verbs && PRODUCT_BEFORE.has(before) && !/^['’]/.test(after?.norm ?? '')) return 'context';
  if (opts.verbs && before === 'of' && /^versions?$/.test(lower(t[o.first - 2]))) return 'context';
  if (opts.nouns) {
    const next = lower(after);
    if (PRODUCT_AFTER.has(next)) return 'context';
    if (next === 'virtual' && /^machines?$/.test(lower(t[o.last + 2]))) return 'context';
  }
  return undefined;
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
