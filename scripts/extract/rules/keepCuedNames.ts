/**
 * Names the tagger missed but whose context says what they are: web pages credit blogs and sites ("this tutorial
 * from Quillo Crafts", "See how Brindle Home made these", "originally published on Vornblog"), name people's
 * employers ("a spokesperson for Harwick Gardens", "editor for Telvik Sports", "she founded Dalo Media"), and list
 * organisations after their kind ("groups like Narva", "movements, like Penra Now and Ismet Rising"). A rule layers'
 * name the tagger left out (extractEntities' keepLinked) is kept, as a group, when one of its mentions stands in such
 * a context, unless the gazetteer knows it as a place. Runs after the tagger, so its training is unchanged.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import { lowerWord, type Token } from '../analyse/tokenize.ts';
import type { EntityType } from '../../core/types/common.ts';
import { wordSet } from '../../lang/lexicon.ts';
import { hasCompanyContext } from './typeByCues.ts';
import { headBefore } from './typeByHeadBefore.ts';

export interface Options {
  /** Keep the rule layers' names that a credit, an employer's or a kind's context marks (false: not at all). */
  enabled: boolean;
}

export const defaultOptions: Options = { enabled: true };

/** Things a page credits to a blog or a site: "this tutorial from X", "a photo from X". */
const CREDITED_WORKS = wordSet(`
  tutorial tutorials photo photos photograph photographs image images picture pictures illustration illustrations
  idea ideas post posts recipe recipes tip tips video videos guide guides printable printables pattern patterns
  design designs project projects hack hacks holder template templates diy
`);

/** People's jobs at an organisation, before "for", "at" or "with" ("a spokesperson for X", "Editor for X"). */
const EMPLOYED_AS = wordSet(`
  spokesperson spokesman spokeswoman spokespeople editor editors writer writers reporter reporters columnist
  columnists contributor contributors correspondent correspondents producer producers blogger bloggers
`);

/** Kinds of organisation in the plural, before "like" / "such as" / "including" ("groups like X"). */
const KINDS = wordSet(`
  groups organisations organizations movements companies firms brands retailers chains stores bands clubs charities
  nonprofits websites sites blogs outlets publications networks startups labels unions parties coalitions
  campaigns
`);

/** Words that end a credited name: punctuation, the end of a line, or what comes after a name's clause. */
const CLOSERS = new Set(['.', ',', ';', ':', '!', '?', ')', '—', '–']);

interface Occurrence {
  first: number;
  last: number;
  text: string;
  role?: string;
}

interface CuedCluster {
  type: EntityType;
  place?: unknown;
  occurrences: readonly Occurrence[];
}

/** Does the name end its clause: punctuation, a line's end, or the text's end? */
function closed(t: readonly Token[], last: number): boolean {
  const next = t[last + 1];
  return !next || next.lineStart || CLOSERS.has(next.norm);
}

/** "this DIY holder from X.", "a photo from X,": a credited work, then "from" and the name ending its clause. */
function creditedFrom(t: readonly Token[], o: Occurrence): boolean {
  if (lowerWord(t[o.first - 1]) !== 'from' || !closed(t, o.last)) return false;
  for (let i = o.first - 2; i >= 0 && i >= o.first - 5; i--) {
    const x = t[i]!;
    if (x.kind !== 'word') return false;
    if (CREDITED_WORKS.has(x.lower)) return true;
    if (x.lineStart) return false;
  }
  return false;
}

/** "See how X made these", "Look how X doubled": a site shown at work in a round-up of others' projects. */
function shownHow(t: readonly Token[], o: Occurrence): boolean {
  const how = t[o.first - 1];
  const see = t[o.first - 2];
  if (how?.lower !== 'how' || how.cap || !see || !/^(?:see|look|watch|learn)$/.test(see.lower)) return false;
  const verb = lowerWord(t[o.last + 1]);
  return /^(?:\p{L}+ed|made|did|built|got|turned|gave|hung|kept|took|used|shows|shares|makes|does|uses)$/u.test(verb);
}

/** "originally published on X", "republished from X", "courtesy of X": a page's source. */
function published(t: readonly Token[], o: Occurrence): boolean {
  const prep = lowerWord(t[o.first - 1]);
  const verb = lowerWord(t[o.first - 2]);
  return (
    ((prep === 'on' || prep === 'by') && (verb === 'published' || verb === 'republished')) ||
    (prep === 'from' && verb === 'republished') ||
    (prep === 'of' && verb === 'courtesy')
  );
}

/** "a spokesperson for X", "Editor for X", "a reporter at the X", "she founded The X". */
function employer(t: readonly Token[], o: Occurrence): boolean {
  // a capitalised "The" the name was cut from, or the article before it
  const at = t[o.first - 1]?.lower === 'the' && !t[o.first - 1]!.lineStart ? o.first - 2 : o.first - 1;
  const prep = t[at];
  if (prep?.kind !== 'word' || prep.cap) return false;
  if (prep.lower === 'founded' || prep.lower === 'co-founded' || prep.lower === 'cofounded') return true;
  if (prep.lower !== 'for' && prep.lower !== 'at' && prep.lower !== 'with') return false;
  const job = t[at - 1];
  return job?.kind === 'word' && EMPLOYED_AS.has(job.lower);
}

/** "groups like X", "movements, like A and X", "companies such as A, B or X". */
function kindBefore(t: readonly Token[], o: Occurrence): boolean {
  // back over the list's earlier members: capitalised words, commas, "and", "or"
  let i = o.first - 1;
  for (let n = 0; n < 12 && i >= 0; n++, i--) {
    const x = t[i]!;
    if (x.lineStart) return false;
    const member = x.kind === 'word' && (x.cap || x.lower === 'and' || x.lower === 'or' || x.lower === 'of');
    if (!member && x.norm !== ',' && x.norm !== '&') break;
  }
  const cue = t[i];
  let kind = i - 1;
  if (cue?.lower === 'as' && t[i - 1]?.lower === 'such') kind = i - 2;
  else if (cue?.lower !== 'like' && cue?.lower !== 'including') return false;
  if (t[kind]?.norm === ',') kind--;
  const k = t[kind];
  return !!k && k.kind === 'word' && !k.cap && KINDS.has(k.lower);
}

/**
 * "X via Y — The state…": a syndicated story's credit at a line's start names the outlet that ran it first; "the X
 * group of companies", "the X group's shares": a business group named by its owner's brand.
 */
function credited(t: readonly Token[], o: Occurrence): boolean {
  const next = t[o.last + 1];
  if (t[o.first]!.lineStart && next?.lower === 'via' && !next.cap && t[o.last + 2]?.cap) return true;
  return lowerWord(t[o.first - 1]) === 'the' && lowerWord(next) === 'group' && t[o.last + 2]?.kind !== 'clitic';
}

/** The type a context makes an occurrence's, if it is a cue of a group's name. */
export function cuedType(ctx: DocContext, c: CuedCluster, options: Partial<Options> = {}): EntityType | undefined {
  const opts = { ...defaultOptions, ...options };
  if (!opts.enabled || c.place) return undefined;
  const t = ctx.tokens;
  for (const o of c.occurrences) {
    const first = t[o.first];
    if (!first?.cap || o.role) continue;
    if (ctx.headline[o.first] === 1) continue;
    if (
      creditedFrom(t, o) ||
      shownHow(t, o) ||
      published(t, o) ||
      employer(t, o) ||
      kindBefore(t, o) ||
      credited(t, o) ||
      headBefore(ctx, o) ||
      hasCompanyContext(ctx, o)
    )
      return 'group';
  }
  return undefined;
}
