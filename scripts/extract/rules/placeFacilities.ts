/**
 * Layer (after the tagger, per document): a named building or site read as a group is a place where the document
 * puts people or things at it (guidelines: "named buildings, airports, stadiums, hospitals as places are LOC; as an
 * institution ORG"). A group's name with a mention in a physical place's context, "behind X", "outside X", "near
 * X", "the neighbouring X", "on the grounds of X", "the third floor of X", "the border of the X", "west of X", becomes
 * a place, unless a mention speaks or acts as a body does ("X said", "X announced", "X said its", "X, a company").
 * A hospital's name ("X Hospital", "X Hospital for Children") is a building's, a place, on the same terms.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import { lowerWord } from '../analyse/tokenize.ts';
import type { EntityType } from '../../core/types/common.ts';
import { wordSet } from '../../lang/lexicon.ts';
import { POSSESSIVE } from './typeByCues.ts';

interface Occurrence {
  first: number;
  last: number;
  role?: string;
}

interface SiteCluster {
  type: EntityType;
  roles: readonly string[];
  occurrences: readonly Occurrence[];
}

const set = wordSet;

/** Prepositions and adjectives that put a thing at a site: "behind X", "the neighbouring X". */
const AT_SITE = set(`behind outside inside near nearby beside opposite neighboring neighbouring`);

/** Parts of a site before "of": "on the grounds of X", "the third floor of X", "the border of X". */
const PARTS_OF = set(`
  floor floors grounds border borders outskirts entrance entrances gates lobby basement rooftop roof premises
  perimeter
`);

/** Words before "behind" that make it who stands behind a thing, or a ranking: "the team behind X", "second behind X". */
const NOT_SITE_BEHIND = set(`
  company firm team people group person man woman men women brains mastermind masterminds force forces money
  investors startup studio developers developer makers maker creators creator founders founder owners owner
  second third fourth fifth sixth seventh eighth ninth tenth 2nd 3rd 4th 5th points point seconds strokes shots
  games lengths places just well far
`);

/** Nouns after a name that are the site themselves, the name their modifier: "outside X headquarters". */
const SITE_NOUNS_AFTER = set(`
  headquarters office offices building buildings plant plants factory factories store stores shop shops branch
  branches workers staff employees players fans flight flights stand booth site campus warehouse outlet outlets
`);

const COMPASS = set(`north south east west northeast northwest southeast southwest`);

/** Words after a name that say a body speaks or acts. */
const BODY_VERBS = set(`
  said says announced announces reported reports told tells stated states confirmed confirms denied denies
  declined declines employs employed hired hires sued sues warned warns
`);

/** Auxiliaries before a body's verb: "X have announced". */
const AUXILIARIES = set(`have has had will would`);

/** Retype, in place, the groups that the document puts people or things at as places; returns the clusters. */
export function placeFacilities<C extends SiteCluster>(ctx: DocContext, clusters: C[]): C[] {
  for (const c of clusters) {
    if (c.type !== 'group' || c.roles.length > 0 || c.occurrences.some((o) => o.role)) continue;
    if (!c.occurrences.some((o) => atSite(ctx, o) || isFacilityName(ctx, o))) continue;
    if (c.occurrences.some((o) => actsAsBody(ctx, o))) continue;
    c.type = 'place';
  }
  return clusters;
}

/** Head nouns of buildings named as such, places unless they act as bodies: "Quillby Hospital", "X Hospital for Children". */
const FACILITY_HEADS = set(`hospital`);

/** Is a mention a facility's name by its head noun ("Quillby Hospital", "Quillby Hospital for Children")? */
function isFacilityName(ctx: DocContext, o: Occurrence): boolean {
  const t = ctx.tokens;
  for (let i = o.first + 1; i <= o.last; i++) {
    if (t[i]!.kind !== 'word' || !FACILITY_HEADS.has(t[i]!.lower)) continue;
    if (i === o.last || (lowerWord(t[i + 1]) === 'for' && i + 2 === o.last)) return true;
  }
  return false;
}

/** Is a mention in a site's context: "behind X", "the neighbouring X", "the floor of the X", "west of X"? */
function atSite(ctx: DocContext, o: Occurrence): boolean {
  const t = ctx.tokens;
  let i = o.first - 1;
  // "outside The X": a site's name may take a capitalised article
  if (t[i]?.lower === 'the') i--;
  // "outside X headquarters", "behind X players": the site is the noun after the name
  if (SITE_NOUNS_AFTER.has(lowerWord(t[o.last + 1]))) return false;
  if (AT_SITE.has(lowerWord(t[i]))) {
    if (lowerWord(t[i]) !== 'behind') return true;
    // "the river behind X"; not "the company behind X", nor a ranking ("two behind X", "behind X in the polls")
    return /^(?:the|a|an)$/.test(lowerWord(t[i - 2])) && !NOT_SITE_BEHIND.has(lowerWord(t[i - 1]));
  }
  if (!/^(?:of|from)$/.test(lowerWord(t[i]))) return false;
  const before = lowerWord(t[i - 1]);
  return (lowerWord(t[i]) === 'of' && PARTS_OF.has(before)) || COMPASS.has(before);
}

/** Does a mention speak or act as a body does ("X said", "X's spokesman said", "X, a company")? */
function actsAsBody(ctx: DocContext, o: Occurrence): boolean {
  const t = ctx.tokens;
  // "the director of X said": the verb is the head noun's
  const before = lowerWord(t[o.first - 1]) === 'the' ? o.first - 2 : o.first - 1;
  if (lowerWord(t[before]) === 'of') return false;
  let i = o.last + 1;
  if (POSSESSIVE.has(t[i]?.norm ?? '')) i++;
  // "X have announced", "X has said"
  if (AUXILIARIES.has(lowerWord(t[i])) && BODY_VERBS.has(lowerWord(t[i + 1]))) return true;
  const w = lowerWord(t[i]);
  if (BODY_VERBS.has(w) || /^(?:spokesman|spokeswoman|spokesperson|officials|staff|employees)$/.test(w)) return true;
  return w === 'its' || lowerWord(t[i + 1]) === 'its';
}
