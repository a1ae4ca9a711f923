/**
 * The layered extractor: analyse the document (tokens, compromise tags, sentence starts,
 * headlines) → find candidates → reject junk → classify → resolve aliases and types per
 * document → find the remaining occurrences of known forms → entities.
 */
import type { DocEntity, Extraction, Mention } from '../core/types/extraction.ts';
import { analyseDocument } from './analyse/analyseDocument.ts';
import {
  classifyCandidates,
  defaultOptions as classifyDefaults,
  linesWithScores,
  type Options as ClassifyOptions,
} from './rules/classifyCandidates.ts';
import { DESCRIPTION_HEADS, FUNCTION_WORDS, getLexicons, MISC_HEADS, PARTY_LABELS } from '../lang/lexicon.ts';
import { US_POSTAL_CODES } from '../lang/usStates.ts';
import {
  findCandidates,
  isDemonymLike,
  defaultOptions as candidateDefaults,
  type Options as CandidateOptions,
} from './rules/findCandidates.ts';
import { findRepeats } from './rules/findRepeats.ts';
import { placeCoordinates } from '../lang/gazetteer.ts';
import { afterKinWord, chooseName, type Cluster, resolveDocAliases } from './rules/resolveDocAliases.ts';
import { rejectJunk } from './rules/rejectJunk.ts';
import { dropNotNames, type Options as NotNameOptions } from './rules/dropNotNames.ts';
import { dropCommonRuns, type Options as CommonRunOptions } from './rules/dropCommonRuns.ts';
import { dropThings, type Options as ThingOptions } from './rules/dropThings.ts';
import { dropPageJunk, type Options as PageJunkOptions } from './rules/dropPageJunk.ts';
import { dropCodeNames, type Options as CodeOptions } from './rules/dropCodeNames.ts';
import { retypeCompanies } from './rules/retypeCompanies.ts';
import { type Options as GazetteerOptions, retypeByGazetteer } from './rules/retypeByGazetteer.ts';
import { findListedOrganisations, type Options as ListedOptions } from './rules/findListedOrganisations.ts';
import { joinCampusNames, type Options as CampusOptions } from './rules/joinCampusNames.ts';
import { splitLists } from './rules/splitLists.ts';
import { typeAgedPeople } from './rules/typeAgedPeople.ts';
import { findTheNames } from './rules/findTheNames.ts';
import { retypeVenues } from './rules/retypeVenues.ts';
import { splitPartyPairs } from './rules/splitPartyPairs.ts';
import { dropMemberLabels } from './rules/dropMemberLabels.ts';
import { dropBareHeads } from './rules/dropBareHeads.ts';
import { dropSubstances } from './rules/dropSubstances.ts';
import { trimOfficeTitles } from './rules/trimOfficeTitles.ts';
import { trimGovernment } from './rules/trimGovernment.ts';
import { typeByHeads } from './rules/typeByHeads.ts';
import { retypePlaceSurnames } from './rules/retypePlaceSurnames.ts';
import { splitEditions } from './rules/splitEditions.ts';
import { typeByCues } from './rules/typeByCues.ts';
import { typeByHeadBefore } from './rules/typeByHeadBefore.ts';
import { joinPossessiveNames } from './rules/joinPossessiveNames.ts';
import { placeStreets, type Options as StreetOptions } from './rules/placeStreets.ts';
import { retypeUnplaced, type Options as UnplacedOptions } from './rules/retypeUnplaced.ts';
import { typeSportLines } from './rules/typeSportLines.ts';
import { placeDatelines } from './rules/typeMentions.ts';
import { isNamedGroup, type Options as NamedGroupOptions } from './rules/keepNamedGroups.ts';
import { cuedType, type Options as CuedOptions } from './rules/keepCuedNames.ts';
import { findDomains, type Options as DomainOptions } from './rules/findDomains.ts';
import { findPostAuthors, type Options as PostAuthorOptions } from './rules/findPostAuthors.ts';
import { typeCitations, type Options as CitationOptions } from './rules/typeCitations.ts';
import { proseLowerWords } from './rules/proseLowerWords.ts';
import { keepListed, type Options as ListOptions, typeLists } from './rules/typeLists.ts';
import { isAgeTown, placeAgeTowns } from './rules/placeAgeTowns.ts';
import { typeOrgDeeds } from './rules/typeOrgDeeds.ts';
import { placeFacilities } from './rules/placeFacilities.ts';
import { placeSpelledNames } from './rules/placeSpelledNames.ts';
import { typeAbbreviations } from './rules/typeAbbreviations.ts';
import { splitSentences } from './analyse/splitSentences.ts';
import type { TaggerModel } from './tagger/model.ts';
import { keptRuleCandidates, ruleTokenLabels, taggedCandidates } from './tagger/stack.ts';
import { sequencesOf, tagDocument } from './tagger/tagDocument.ts';
import { mergeUnits } from './tagger/units.ts';

export interface Options {
  /** Minimum length of a mention, in characters. */
  minLength: number;
  candidates: CandidateOptions;
  classify: ClassifyOptions;
  /** Find further occurrences of known forms (document-level consistency). */
  propagate: boolean;
  /** The trained tagger stacked on the rules (the caller reads it: scripts/context.ts); null: the rules alone. */
  model: TaggerModel | null;
  /** Feed the rule extractor's spans to the tagger as features (stacking). */
  stack: boolean;
  /**
   * Which of the rule layers' own names are kept beside the tagger's: none; those the tagger left untouched
   * (no tagger span overlaps them); or those, and those that only overlap a MISC span of the tagger ("Iraqi army"
   * where the tagger saw the adjective, "ISIS" inside "ISIS-occupied"); or ('linked') those of the latter that the
   * text ties to a name the tagger found (an alias, a repeat) or that stand where the tagger has little to go on
   * (score lines and tables, datelines, "<demonym> army").
   */
  keepRules: 'none' | 'untouched' | 'untouchedOrMisc' | 'linked';
  /** Drop the tagger's names that the junk rules reject (dates, lone titles, lone head nouns). */
  junk: boolean;
  /** With keepRules 'linked': above this share of tokens on score lines and tables, a document gets the rules alone. */
  tableShare: number;
  /** With keepRules 'linked': a rule layers' name with at least this much evidence is kept on its own. */
  strongRule: number;
  /** How much the rule layers' type evidence counts beside the tagger's type, for the same name (0: not at all). */
  ruleTypeWeight: number;
  /** Retype names that only companies bear out (shares, a board, "Acme" beside "Acme Corp") as groups. */
  companies: boolean;
  /** Names in the open gazetteer of organisations count for the group type (false: not at all). */
  organisations: Partial<GazetteerOptions> | false;
  /** Listed organisations the tagger and the rules missed become mentions (false: not at all). */
  listedOrganisations: Partial<ListedOptions> | false;
  /** A university's campus joined to its name ("University of X at Y"; rules/joinCampusNames.ts); false: kept apart. */
  campuses: Partial<CampusOptions> | false;
  /** A name given with an age ("Jane, age 10", a signature "—Jane R., 10") is a person's (rules/typeAgedPeople.ts). */
  ages: boolean;
  /** A capitalised "The" inside a sentence starts an outlet's or a venue's name ("told The Tarvel"; rules/findTheNames.ts). */
  theNames: boolean;
  /** Retype names whose own words or whose mentions' contexts only organisations have ("X Railway", "X said its"). */
  cues: boolean;
  /** In sports reports, retype names on table rows, results and fixtures, and clubs in brackets, as teams. */
  sportLines: boolean;
  /** A dateline's name is a place, split off from an entity of another type in the document. */
  datelines: boolean;
  /** Drop terms, units and capitalised common words (rules/dropNotNames.ts). */
  notNames: Partial<NotNameOptions>;
  /** Split a name that is a list of two names the document knows separately ("Alpha and Alpha Pro"). */
  lists: boolean;
  /** Retype the places nothing in the document places (rules/retypeUnplaced.ts). */
  unplaced: Partial<UnplacedOptions>;
  /** Streets and grid roads are places (rules/placeStreets.ts). */
  streets: Partial<StreetOptions>;
  /** A business named after its owner ("X's General Store") is one place (rules/joinPossessiveNames.ts). */
  possessiveNames: boolean;
  /**
   * Head words and labels (rules/splitPartyPairs, dropMemberLabels, dropBareHeads, dropSubstances, trimOfficeTitles,
   * typeByHeads, retypePlaceSurnames): pairs of parties split; counted members, bare heads, substances and place
   * adjectives dropped; office titles trimmed off places; names typed by their head or the noun after them; places
   * that are a person's surname retyped.
   */
  heads: boolean;
  /** Drop runs of common words, fragments, handles, lone honorifics and bare country codes (rules/dropCommonRuns.ts). */
  commonRuns: Partial<CommonRunOptions> | false;
  /** Drop things web pages capitalise: job titles, listed items, tools, "X-based" (rules/dropThings.ts). */
  things: Partial<ThingOptions> | false;
  /** Drop item cells, state labels, adjectives, works, mass nouns and common nouns (rules/dropPageJunk.ts). */
  pageJunk: Partial<PageJunkOptions> | false;
  /** Names in program code and identifiers' shapes (rules/dropCodeNames); false: keep them. */
  code: Partial<CodeOptions> | false;
  /** Keep the rule layers' names that their own words make a group's, beside the tagger's (rules/keepNamedGroups.ts). */
  namedGroups: Partial<NamedGroupOptions>;
  /** Names in lists: kept when the tagger missed them, typed like the list's other names (rules/typeLists.ts). */
  listed: Partial<ListOptions>;
  /** Keep the rule layers' names that a credit, an employer's or a kind's context marks (rules/keepCuedNames.ts). */
  cued: Partial<CuedOptions>;
  /** Web domains written as names ("on quillo.com") are groups' mentions (rules/findDomains.ts). */
  domains: Partial<DomainOptions>;
  /** The author's name on a question-and-answer post's card is a person's mention (rules/findPostAuthors.ts). */
  postAuthors: Partial<PostAuthorOptions>;
  /** Reference lists: authors are people, journals and identifiers no names (rules/typeCitations.ts). */
  citations: Partial<CitationOptions>;
}

export const defaultOptions: Options = {
  minLength: 2,
  candidates: candidateDefaults,
  classify: classifyDefaults,
  propagate: true,
  model: null,
  stack: true,
  keepRules: 'linked',
  junk: false,
  tableShare: 0.3,
  strongRule: 3,
  ruleTypeWeight: 0.3,
  companies: true,
  organisations: {},
  listedOrganisations: {},
  campuses: {},
  ages: true,
  theNames: true,
  cues: true,
  sportLines: true,
  datelines: true,
  notNames: {},
  lists: true,
  unplaced: {},
  streets: {},
  possessiveNames: true,
  heads: true,
  commonRuns: {},
  things: {},
  pageJunk: {},
  code: {},
  namedGroups: {},
  listed: {},
  cued: {},
  domains: {},
  postAuthors: {},
  citations: {},
};

/** The rule layers alone: candidates, junk rejection, types, in-document aliases and repeats. */
export function ruleClusters(ctx: ReturnType<typeof analyseDocument>, opts: Options) {
  const candidates = rejectJunk(ctx, findCandidates(ctx, opts.candidates));
  const classified = classifyCandidates(ctx, candidates, opts.classify);
  const clusters = resolveDocAliases(ctx, classified);
  if (opts.propagate) findRepeats(ctx, clusters);
  return { classified, clusters };
}

export function extractEntities(text: string, options: Partial<Options> = {}): Extraction {
  const opts = { ...defaultOptions, ...options };
  if (typeof text !== 'string' || text.length === 0) return { entities: [], sentences: [] };
  const ctx = analyseDocument(text);
  const sentences = splitSentences(text);
  const rules = ruleClusters(ctx, opts);
  let clusters = rules.clusters;
  const model = opts.model;
  const table = linesWithScores(ctx);
  const tableShare = table.reduce((n, x) => n + x, 0) / Math.max(1, ctx.tokens.length);
  // a document made mostly of tables and results (sports pages, market reports) goes to the rules alone: the
  // tagger's training news has none, and there the rules measurably win (BENCHMARKS.md)
  if (model && !(opts.keepRules === 'linked' && tableShare > opts.tableShare)) {
    clusters = stackTagger(ctx, rules, table, sentences, model, opts);
  }

  clusters = dropNotNames(ctx, dropNonNames(ctx, clusters), opts.notNames);
  if (opts.lists) clusters = splitEditions(ctx, splitLists(ctx, clusters));
  if (opts.heads) {
    clusters = dropSubstances(ctx, dropBareHeads(ctx, dropMemberLabels(ctx, splitPartyPairs(ctx, clusters))));
    clusters = trimGovernment(ctx, trimOfficeTitles(ctx, clusters));
  }

  retypeTeams(ctx, clusters);
  if (opts.organisations) retypeByGazetteer(ctx, clusters, opts.organisations);
  if (opts.listedOrganisations) clusters = findListedOrganisations(ctx, clusters, opts.listedOrganisations);
  if (opts.campuses) clusters = joinCampusNames(ctx, clusters, opts.campuses);
  if (opts.companies) clusters = retypeCompanies(ctx, clusters);
  if (opts.cues) typeByHeadBefore(ctx, typeByCues(ctx, clusters));
  if (opts.heads) typeByHeads(ctx, clusters);
  retypeUnplaced(ctx, clusters, opts.unplaced);
  if (opts.heads) retypePlaceSurnames(ctx, clusters);
  typeLists(ctx, clusters, opts.listed);
  placeAgeTowns(ctx, clusters);
  clusters = placeStreets(ctx, clusters, opts.streets);
  if (opts.possessiveNames) clusters = joinPossessiveNames(ctx, clusters);
  typeAbbreviations(ctx, placeSpelledNames(ctx, placeFacilities(ctx, typeOrgDeeds(ctx, clusters))));
  if (opts.sportLines) clusters = typeSportLines(ctx, clusters);
  if (opts.datelines) clusters = placeDatelines(ctx, clusters);
  retypeKin(ctx, clusters);
  retypeHonorifics(ctx, clusters);
  if (opts.ages) clusters = typeAgedPeople(ctx, clusters);
  if (opts.heads) retypeVenues(ctx, clusters);
  if (opts.commonRuns) clusters = dropCommonRuns(ctx, clusters, opts.commonRuns);
  if (opts.things) clusters = dropThings(ctx, clusters, opts.things);
  if (opts.pageJunk) clusters = dropPageJunk(ctx, clusters, opts.pageJunk);
  clusters = findPostAuthors(ctx, findDomains(ctx, clusters, opts.domains), opts.postAuthors);
  if (opts.theNames) clusters = findTheNames(ctx, clusters);
  if (opts.code) clusters = dropCodeNames(ctx, clusters, opts.code);
  clusters = typeCitations(ctx, clusters, opts.citations);

  const { entities, taken } = draftEntities(clusters, opts.minLength);
  assignMentions(text, taken, entities);
  return { entities: nameEntities(entities), sentences };
}

/** Tag the document with the model stacked on the rules; the tagger's names and the rules' kept ones, resolved. */
function stackTagger(
  ctx: ReturnType<typeof analyseDocument>,
  rules: ReturnType<typeof ruleClusters>,
  table: Uint8Array,
  sentences: Extraction['sentences'],
  model: TaggerModel,
  opts: Options,
): Cluster[] {
  const units = mergeUnits(ctx);
  const ruleLabels = opts.stack ? ruleTokenLabels(units.ctx, rules.clusters) : new Uint8Array(units.ctx.tokens.length);
  const labels = tagDocument(
    {
      ctx: units.ctx,
      rules: ruleLabels,
      sequences: sequencesOf(units.ctx, sentences),
      ...(model.words ? { stats: model.words } : {}),
    },
    model,
  );
  const linked = opts.keepRules === 'linked';
  // on score lines and in tables the rules win: the tagger's training news has none
  const rulesWin = linked ? table : undefined;
  const found = taggedCandidates(ctx, units, labels, rules.classified, opts.ruleTypeWeight).filter(
    (c) => !rulesWin?.[c.first],
  );
  const tagged = opts.junk ? rejectJunk(ctx, found) : found;
  const kept = keptRuleCandidates(rules.clusters, labels, ctx, units, opts.keepRules, linked ? 1 : undefined, rulesWin);
  let clusters = resolveDocAliases(ctx, [...tagged, ...kept], { afterTagger: true });
  if (linked)
    clusters = keepLinked(ctx, clusters, opts.strongRule, opts.namedGroups.enabled !== false, opts.listed, opts.cued);
  if (opts.propagate) findRepeats(ctx, clusters);
  return clusters;
}

/** Keep the clusters with an occurrence the tagger found, or one where the rules stand on their own. */
function keepLinked(
  ctx: ReturnType<typeof analyseDocument>,
  clusters: Cluster[],
  strongRule: number,
  namedGroups: boolean,
  listed: Partial<ListOptions>,
  cues: Partial<CuedOptions>,
): Cluster[] {
  // a group named "<demonym> <Name>" ("the Tamil Tigers") is one the tagger tends to read as an adjective phrase (MISC)
  const demonymNamed = (c: (typeof clusters)[number], o: (typeof clusters)[number]['occurrences'][number]) =>
    c.type === 'group' && o.last > o.first && isDemonymLike(ctx.tokens[o.first]!.text) && ctx.tokens[o.last]!.cap;
  const kept = (c: Cluster) =>
    c.occurrences.some(
      (o) =>
        o.source === 'tagger' ||
        o.scoreLine ||
        o.dateline ||
        o.demonymGroup ||
        demonymNamed(c, o) ||
        (o.evidence ?? 0) >= strongRule,
    );
  const out = clusters.filter((c) => {
    if (kept(c)) return true;
    // a person's town after their age ("Jane Roe, 30, Quillby, was arrested")
    if (c.occurrences.some((o) => o.first === o.last && isAgeTown(ctx, o))) {
      c.type = 'place';
      return true;
    }
    // a name the tagger missed that a credit, an employer's or a kind's context marks ("a tutorial from X")
    const cued = cuedType(ctx, c, cues);
    if (cued) {
      c.type = cued;
      return true;
    }
    // a name the tagger missed whose own words are an organisation's ("X Express", "X Indian Tribe")
    if (!namedGroups || !c.occurrences.some((o) => isNamedGroup(ctx, o))) return false;
    c.type = 'group';
    return true;
  });
  if (out.length === clusters.length) return out;
  // a name the tagger missed in a list of names it found ("A, B, X and C", numbered lines)
  const listedKept = new Set(
    keepListed(
      ctx,
      out,
      clusters.filter((c) => !out.includes(c)),
      listed,
    ),
  );
  return listedKept.size ? clusters.filter((c) => out.includes(c) || listedKept.has(c)) : out;
}

/** Drop the clusters that name no entity of our types: laws and treaties, party labels and descriptions. */
function dropNonNames(ctx: ReturnType<typeof analyseDocument>, clusters: Cluster[]): Cluster[] {
  // laws, treaties and awards are names, but of none of our three types ("Affordable Care Act", "Paris Agreement")
  const isMisc = (o: { text: string }) => {
    const words = o.text.toLowerCase().split(/\s+/);
    return words.length > 1 && MISC_HEADS.has(words[words.length - 1]!);
  };
  // a state's postal code in an address is no mention of anything
  const outOfAddresses = clusters
    .map((c) =>
      c.occurrences.some((o) => inAddress(ctx, o))
        ? { ...c, occurrences: c.occurrences.filter((o) => !inAddress(ctx, o)) }
        : c,
    )
    .filter((c) => c.occurrences.length > 0);
  const named = outOfAddresses.filter((c) => !c.occurrences.every(isMisc) && !headingOnly(ctx, c));
  // party labels alone ("Democratic lawmakers") and descriptions ("the Russian government") are not names
  return named.filter((c) => !c.occurrences.every((o) => isDescription(ctx, o)));
}

/**
 * A US state's postal code after a town in an address or a dateline ("Mansfield, MA 02048", "Fresno, CA,") qualifies
 * the town: it is no name of its own (and "CA" is not Canada, nor "MA" a person).
 */
function inAddress(ctx: ReturnType<typeof analyseDocument>, o: { first: number; last: number; text: string }): boolean {
  const t = ctx.tokens;
  if (o.first !== o.last || !US_POSTAL_CODES.has(o.text)) return false;
  const comma = t[o.first - 1];
  const town = t[o.first - 2];
  const next = t[o.first + 1];
  return (
    comma?.norm === ',' &&
    !!town?.cap &&
    !town.allCaps &&
    (!next || next.kind === 'punct' || /^\d{5}(?:-\d{4})?$/.test(next.text) || next.lineStart)
  );
}

/**
 * A name found only on heading lines (title-case or capitals), written nowhere else in the document and made partly
 * of words the document writes in lower case, is a heading's words, not a name ("Soil And Transplanting", "Acme Pro
 * Unique Features"), unless the gazetteer knows it as a place.
 * On a line in capitals the body may write it in any case ("JAPAN" → "Japan").
 */
function headingOnly(ctx: ReturnType<typeof analyseDocument>, c: Cluster): boolean {
  const heading = (i: number) => ctx.headline[i] === 1 || ctx.titleLine[i] === 1;
  if (c.place || !c.occurrences.every((o) => heading(o.first))) return false;
  // a heading's words: one of them is an ordinary word the document writes in lower case (not a byline's name), in
  // its prose (a handle's "@jane_roe" does not make "Roe" a common word)
  const firstNames = getLexicons().firstNames;
  const prose = proseLowerWords(ctx);
  const ordinary = (form: string) =>
    form
      .toLowerCase()
      .split(/[^\p{L}\p{N}']+/u)
      .some((w) => prose.has(w) && !firstNames.has(w) && !FUNCTION_WORDS.has(w));
  if (![...c.forms.keys()].some(ordinary)) return false;
  const starts = ctx.tokens.map((t) => t.start);
  const tokenAt = (at: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const form of c.forms.keys()) {
    const caps = !/\p{Ll}/u.test(form);
    const haystack = caps ? ctx.text.toLowerCase() : ctx.text;
    const needle = caps ? form.toLowerCase() : form;
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1))
      if (!heading(tokenAt(at))) return false;
  }
  return true;
}

/** A mention's character span and the index of its entity. */
interface Taken {
  start: number;
  end: number;
  entity: number;
}

/** One entity per cluster (not yet named, no mentions yet), and the spans its occurrences take. */
function draftEntities(clusters: Cluster[], minLength: number): { entities: DocEntity[]; taken: Taken[] } {
  const taken: Taken[] = [];
  const entities: DocEntity[] = [];
  for (const c of clusters) {
    const idx = entities.length;
    for (const o of c.occurrences) {
      if (o.end - o.start < minLength) continue;
      taken.push({ start: o.start, end: o.end, entity: idx });
    }
    entities.push({ name: '', type: c.type, aliases: [], mentions: [] });
    if (c.roles.length > 0) entities[idx]!.roles = [...c.roles];
    const geo = c.type === 'place' && c.place ? placeCoordinates(c.place) : undefined;
    if (geo) entities[idx]!.geo = geo;
    if (c.type === 'place' && c.place?.kind === 'country') entities[idx]!.country = c.place.name;
  }
  return { entities, taken };
}

/** Give the entities their mentions from the taken spans. */
function assignMentions(text: string, taken: Taken[], entities: DocEntity[]): void {
  // mentions: sorted, never overlapping (earlier, then longer, wins)
  taken.sort((a, b) => a.start - b.start || b.end - a.end);
  let lastEnd = -1;
  for (const m of taken) {
    if (m.start < lastEnd) continue;
    lastEnd = m.end;
    const mention: Mention = { start: m.start, end: m.end, text: text.slice(m.start, m.end) };
    entities[m.entity]!.mentions.push(mention);
  }
}

/** The entities with mentions, each named by its fullest form, its other forms as aliases. */
function nameEntities(entities: DocEntity[]): DocEntity[] {
  const out: DocEntity[] = [];
  for (const e of entities) {
    if (e.mentions.length === 0) continue;
    const forms = new Map<string, number>();
    for (const m of e.mentions) forms.set(m.text, (forms.get(m.text) ?? 0) + 1);
    e.name = chooseName(forms);
    e.aliases = [...forms.keys()].filter((f) => f !== e.name);
    out.push(e);
  }
  return out;
}

/** A name right after a kinship noun is a person's ("his brother Oleg", "the president's wife, Jill"), unless a known place. */
function retypeKin(
  ctx: ReturnType<typeof analyseDocument>,
  clusters: { type: string; place?: unknown; occurrences: { first: number }[] }[],
): void {
  for (const c of clusters)
    if (c.type !== 'person' && !c.place && c.occurrences.some((o) => afterKinWord(ctx, o.first))) c.type = 'person';
}

/** A name after "Mr.", "Mrs.", "Ms." in the document is a person's, whatever else the document does with it ("Mr. Roe sold Roe shares"). */
function retypeHonorifics(
  ctx: ReturnType<typeof analyseDocument>,
  clusters: { type: string; place?: unknown; forms: ReadonlyMap<string, number> }[],
): void {
  const quote = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // where an honorific stands: a form after one can only match there (most documents have none or a few)
  const at: number[] = [];
  for (const m of ctx.text.matchAll(/\b(?:Mr|Mrs|Ms)\.?\s/giu)) at.push(m.index);
  if (at.length === 0) return;
  for (const c of clusters) {
    if (c.type === 'person') continue;
    const forms = [...c.forms.keys()].filter((f) => f.trim()).map(quote);
    if (forms.length === 0) continue;
    const honorific = new RegExp(`(?:Mr|Mrs|Ms)\\.?\\s+(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'iuy');
    if (
      at.some((i) => {
        honorific.lastIndex = i;
        return honorific.test(ctx.text);
      })
    )
      c.type = 'person';
  }
}

/** "Democratic" alone, or "<demonym> government": a party label or a description (guidelines: MISC, or MISC + noun). */
function isDescription(ctx: ReturnType<typeof analyseDocument>, o: { first: number; last: number }): boolean {
  const { tokens } = ctx;
  const words = tokens.slice(o.first, o.last + 1).filter((t) => t.kind === 'word');
  if (words.length === 1) return PARTY_LABELS.has(words[0]!.lower) && !words[0]!.lower.endsWith('s');
  const last = words[words.length - 1]!;
  return words.length === 2 && !last.cap && DESCRIPTION_HEADS.has(last.lower) && isDemonymLike(words[0]!.norm);
}

/** Words that make a report a sports report, and words around a place that make it a team that plays. */
const SPORT_WORDS = new Set([
  'match',
  'matches',
  'innings',
  'wickets',
  'goal',
  'goals',
  'scored',
  'striker',
  'midfielder',
  'goalkeeper',
  'league',
  'championship',
  'tournament',
  'cup',
  'season',
  'coach',
  'captain',
  'beat',
  'drew',
  'defeated',
  'victory',
  'runs',
  'points',
  'semifinal',
  'final',
  'quarterfinal',
  'playoff',
  'division',
  'premier',
]);
const TEAM_AFTER = new Set([
  'beat',
  'beats',
  'drew',
  'draw',
  'lost',
  'defeated',
  'thrashed',
  'trailed',
  'won',
  'scored',
  'captain',
  'coach',
  'manager',
  'striker',
  'midfielder',
  'goalkeeper',
  'batsman',
  'bowler',
  'players',
  'fans',
]);
const TEAM_BEFORE = new Set(['against', 'v', 'vs', 'beat', 'beating', 'defeated', 'defeating', 'over', 'drew', 'with']);
const PLACE_BEFORE = new Set(['in', 'at', 'from', 'near', 'to', 'into', 'across']);

/**
 * Sports reports name clubs after their places ("Essex beat Kent by an innings"): in a report with several sports
 * words, a town or county named next to a word of play is a team, a group, unless it is named after "in", "at" or
 * "from" as often. Countries stay places (wire style writes a national side as its country), and so do places on
 * score lines (measured: retyping those cost 0.4 points on CoNLL dev).
 */
function retypeTeams(
  ctx: ReturnType<typeof analyseDocument>,
  clusters: { type: string; place?: { kind: string }; occurrences: { first: number; last: number }[] }[],
): void {
  const { tokens } = ctx;
  let sport = 0;
  for (const t of tokens) if (t.kind === 'word' && !t.cap && SPORT_WORDS.has(t.lower)) sport++;
  if (sport < 3) return;
  const word = (i: number) => (i >= 0 && i < tokens.length && tokens[i]!.kind === 'word' ? tokens[i]!.lower : '');
  for (const c of clusters) {
    // a country playing is its national side, which wire style still writes as the country (CoNLL: LOC)
    if (c.type !== 'place' || c.place?.kind === 'country') continue;
    let team = 0;
    let place = 0;
    for (const o of c.occurrences) {
      if (TEAM_AFTER.has(word(o.last + 1)) || TEAM_BEFORE.has(word(o.first - 1))) team++;
      else if (PLACE_BEFORE.has(word(o.first - 1))) place++;
    }
    if (team > 0 && team > place) c.type = 'group';
  }
}
