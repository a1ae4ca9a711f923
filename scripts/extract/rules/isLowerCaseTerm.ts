/**
 * A term the page capitalises in one place and writes in lower case in another ("its own CA (Certificate Authority)"
 * … "to be a certificate authority"), used by the page-junk layer (dropPageJunk.ts): a name of two to four words,
 * every form of it in capitals, whose whole run of words the page's running text also writes in lower case (each
 * word in lower case, the words separated by spaces only, outside handles and addresses). A name of a person, a group
 * or a place keeps its capitals wherever the page writes it; a term only gets them in a heading, a definition, a
 * form's label. Neither gazetteer may know the name; a person's name with a given name first is kept.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import { FUNCTION_WORDS, getLexicons } from '../../lang/lexicon.ts';
import { actsAsName } from './isCommonNounName.ts';
import { lookupPlace } from '../../lang/gazetteer.ts';
import { organisations, orgKey } from '../../lang/organisations.ts';
import { proseLowerWords } from './proseLowerWords.ts';

const cache = new WeakMap<DocContext, Map<string, number[]>>();

/** Where each word of the running text written in lower case stands (token indices). */
function lowerPositions(ctx: DocContext): Map<string, number[]> {
  let at = cache.get(ctx);
  if (at) return at;
  at = new Map();
  const prose = proseLowerWords(ctx);
  ctx.tokens.forEach((t, i) => {
    if (t.kind !== 'word' || t.cap || !prose.has(t.lower)) return;
    const list = at!.get(t.lower);
    if (list) list.push(i);
    else at!.set(t.lower, [i]);
  });
  cache.set(ctx, at);
  return at;
}

/** Determiners that make what follows a common noun phrase ("a certificate authority", "any rail replacement"). */
const GENERIC = new Set('a an another any each every no some such your my'.split(' '));

/**
 * How often the page writes these words, in this order, in lower case with only spaces between them, and whether once
 * after a determiner of a common noun phrase.
 */
function writtenLower(ctx: DocContext, words: readonly string[]): { count: number; generic: boolean } {
  const t = ctx.tokens;
  let count = 0;
  let generic = false;
  for (const i of lowerPositions(ctx).get(words[0]!) ?? []) {
    const run = words.every((w, k) => {
      const x = t[i + k];
      return !!x && x.kind === 'word' && !x.cap && x.lower === w && (k === 0 || x.spaceBefore);
    });
    if (!run) continue;
    count++;
    if (GENERIC.has(t[i - 1]?.lower ?? '')) generic = true;
  }
  return { count, generic };
}

interface Occ {
  first: number;
  last: number;
  end: number;
}

export function isLowerCaseTerm(
  ctx: DocContext,
  c: { type: string; forms: ReadonlyMap<string, number>; occurrences: readonly Occ[]; place?: unknown },
): boolean {
  if (c.place && c.type === 'place') return false;
  const forms = [...c.forms.keys()].map((f) => f.split(/\s+/));
  const long = forms.filter((w) => w.length >= 2);
  if (long.length === 0) return false;
  const firstNames = getLexicons().firstNames;
  for (const words of long) {
    const f = words.join(' ');
    if (lookupPlace(f) || organisations().has(orgKey(f))) return false;
    if (c.type === 'person' && firstNames.has(words[0]!.toLowerCase())) return false;
  }
  // a name that speaks, owns or follows a title is a name, however the page writes it elsewhere ("the Agency's briefings")
  if (c.occurrences.some((o) => actsAsName(ctx, o))) return false;
  return long.every((words) => {
    if (words.length > 4 || FUNCTION_WORDS.has(words[0]!.toLowerCase())) return false;
    if (!words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) || FUNCTION_WORDS.has(w.toLowerCase()))) return false;
    const lower = writtenLower(
      ctx,
      words.map((w) => w.toLowerCase()),
    );
    // in lower case more often than in capitals, or once after "a", "any", "every" ("a certificate authority")
    return lower.generic || lower.count > c.occurrences.length;
  });
}
