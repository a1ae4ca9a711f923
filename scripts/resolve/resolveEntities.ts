import { Memo } from '../core/memo.ts';
import { assignSlugs, slugify } from '../core/slug.ts';
import type { EntityType } from '../core/types/common.ts';
import type { Article } from '../core/types/article.ts';
import type { Warning } from '../core/types/common.ts';
import type { Correction, DraftEntity, ResolvedEntity, ReviewItem } from '../core/types/entity.ts';
import type { DocEntity, Extraction } from '../core/types/extraction.ts';
import { ENTITY_TYPES } from '../core/types/common.ts';
import { applyCorrections } from './applyCorrections.ts';
import YAML from 'yaml';
import { lookupPlace } from '../lang/gazetteer.ts';
import { COMPANY_SUFFIXES, getLexicons, isEnglishWord, withoutSuffixes } from '../lang/lexicon.ts';
import { nameKey, wordCount } from '../lang/keys.ts';
import { loneName, personName, samePerson, spellingKey, type PersonName } from './matchPeople.ts';
import { relatedArticles } from './relatedArticles.ts';
import { groupKeyVariants } from './groupKeys.ts';
import { joinVariants } from './joinVariants.ts';
import { domainLabel, joinDomains } from './joinDomains.ts';
import { stateReadings } from './stateReadings.ts';
import { joinPlaceInitials } from './joinPlaceInitials.ts';
import { capitalReadings } from './capitalReadings.ts';
import { stateBranches } from './stateBranches.ts';
import { joinShortForms } from './joinShortForms.ts';
import { joinCityDistricts } from './joinCityDistricts.ts';
import { joinOwnUnits } from './joinOwnUnits.ts';
import { possessiveKeys } from './possessiveKeys.ts';
import { wordOrderKeys } from './wordOrderKeys.ts';
import { type Context as InstitutionContext, institutionCountries } from './institutionCountries.ts';

export interface ExtractedArticle {
  article: Article;
  extraction: Extraction;
}

export interface Resolved {
  entities: ResolvedEntity[];
  warnings: Warning[];
  /** Decisions the resolver was unsure of, for the user to check. */
  review: ReviewItem[];
}

export interface Options {
  corrections: readonly Correction[];
  correctionsFile: string;
  /** Below this share of the weighted type evidence, an entity's type is put up for review. */
  reviewTypeShare: number;
  /** Join spelling variants of one long name (joinVariants.ts). */
  variants: boolean;
  /** What the last builds of this process (the warm build) worked out, to reuse where its inputs are the same. */
  memo: ResolveMemo | undefined;
}

export const defaultOptions: Options = {
  corrections: [],
  correctionsFile: 'entities.yaml',
  reviewTypeShare: 0.75,
  variants: true,
  memo: undefined,
};

/**
 * What resolve keeps between the builds of one process (the warm build of `npm start`, core/memo.ts): what it read
 * of each extracted entity alone (its name parsed, its merge keys), by the entity's identity (an extraction is never
 * changed once made); each cluster's draft entity, by the nodes it was made of; each name's slug; and the resolved
 * entity made of each draft, so that an entity no change reached is handed on as the same object. The clusters
 * themselves are found again over every node on every build (the rules look across the corpus), from the kept facts.
 */
export interface ResolveMemo {
  facts: WeakMap<DocEntity, Facts>;
  drafts: Memo<DraftEntity>;
  slugs: Memo<string>;
  resolved: WeakMap<DraftEntity, ResolvedEntity>;
}

export function createResolveMemo(): ResolveMemo {
  return { facts: new WeakMap(), drafts: new Memo(), slugs: new Memo(), resolved: new WeakMap() };
}

let factsMade = 0;

/** What resolve reads of one extracted entity alone, worked out once per entity (null: worked out, nothing). */
interface Facts {
  /** A number for the entity, unique in the process: it stands for the entity in the keys of the drafts. */
  id: number;
  /** The person's full name, for a person named by two words or more. */
  person?: PersonName | null;
  /** A one-word group name's spelling key (it may be a surname read as a group). */
  loneGroup?: string | null;
  /** The name key of a generic institution's name ("senate"). */
  institution?: string | null;
  keys?: string[];
  /** Every form that is a full name of a person, with its surname's spelling key. */
  fullForms?: [string, PersonName][];
  loneKey?: string;
  initials?: string[];
  acronym?: string | null;
  /** The forms qualified by a country ("U.S. Capitol"): the rest's key and the country. */
  qualified?: { key: string; country: string }[];
  plainKey?: string;
}

interface Node {
  article: string;
  order: number;
  entity: DocEntity;
  facts: Facts;
}

/**
 * Merge the per-article entities into one entity per real-world thing:
 * - entities sharing a name or alias merge (for people, only full names count, so two
 *   people who share a surname stay apart);
 * - full names of one person in different forms merge when that is unambiguous ("Chris Doe",
 *   "Christopher A. Doe"; see matchPeople.ts), never two different first names or generations;
 * - a person known by one name only joins the one person, if exactly one, whose full name ends with it;
 *   with several, it stays apart and goes on the review list; with none, it merges by name like the rest;
 * then apply the user's corrections and give every entity a stable id.
 */
export function resolveEntities(extracted: readonly ExtractedArticle[], options: Partial<Options> = {}): Resolved {
  const opts = { ...defaultOptions, ...options };
  const facts = opts.memo?.facts ?? new WeakMap<DocEntity, Facts>();
  const factsOf = (entity: DocEntity): Facts => {
    let f = facts.get(entity);
    if (!f) facts.set(entity, (f = { id: ++factsMade }));
    return f;
  };
  const nodes: Node[] = extracted.flatMap(({ article, extraction }, order) =>
    extraction.entities.map((entity) => ({ article: article.id, order, entity, facts: factsOf(entity) })),
  );
  const { find, union } = unionFind(nodes);
  const review: ReviewItem[] = [];
  // full names of people by surname ("doe" → the nodes of "John Doe", "Jane Doe", "John Doe Jr.")
  const fullBySurname = fullNamesBySurname(nodes);
  const run: Run = { nodes, find, union, claim: keyClaimer(union), fullBySurname, review };

  // one-word institutions ("Senate", "Parliament") go by the country of their article (below)
  const countryOf = articleCountries(nodes);
  const texts = new Map(extracted.map(({ article }) => [article.id, article.prose]));
  // a country's name that is a US state's too ("Georgia") is kept apart by its reading in each article
  const states = stateReadings(nodes, (id) => texts.get(id));
  // a US state's name that starts the capital's ("Washington"), and a state's party or capitol, likewise
  for (const i of capitalReadings(nodes, (id) => texts.get(id))) states.add(i);
  const branches = stateBranches(nodes, (id) => texts.get(id));
  const institutions = claimNames(run, (i) => (states.has(i) ? 'us-state' : branches.get(i)));
  const qualifier = claimInstitutions(run, institutions, {
    countryOf,
    countriesIn: countriesIn(nodes),
    textOf: (id) => texts.get(id),
  });

  // Full names of people: forms of one person merge when exactly one other cluster fits.
  mergeFullNames(run);

  // A person named by one word: the single person whose full name ends with it; of several, the one the corpus
  // names far more often (reviewed); else apart (reviewed); with none, it merges by name like the rest.
  const lones = mergeLoneNames(run);

  // Spelling variants of one long name in one article or related ones (a typo of a surname): one entity.
  if (opts.variants)
    joinVariants(
      nodes,
      union,
      relatedArticles(nodes, find, () => true),
    );

  joinAcronyms(nodes, find, union);
  joinDomains(nodes, find, union);
  joinPlaceInitials(nodes, find, union, initialsOf);
  joinShortForms(nodes, find, union);
  joinCityDistricts(nodes, (id) => texts.get(id), union);
  joinOwnUnits(nodes, union);
  joinCountryQualified(nodes, find, union, countryOf, new Map([...qualifier, ...branches]));

  const clusters = new Map<number, Node[]>();
  nodes.forEach((node, i) => {
    append(clusters, find(i), node);
  });
  const draftOf = draftMaker(opts.memo);
  reviewLoneNames(run, clusters, lones, draftOf);
  const drafts = draftEntities(clusters, qualifier, find, draftOf, opts.memo);
  reviewMixedTypes(clusters, drafts, opts.reviewTypeShare, review);
  const { entities, warnings } = applyCorrections(drafts, opts.corrections, opts.correctionsFile);
  return { entities: withIds(entities, opts.memo), warnings, review: settled(review, opts.corrections) };
}

/** A cluster's draft entity: with a memo, kept by the nodes it is made of (their articles and extracted entities, in order). */
function draftMaker(memo: ResolveMemo | undefined): (cluster: Node[]) => DraftEntity {
  if (!memo) return toDraft;
  const { drafts } = memo;
  return (cluster) =>
    drafts.get(cluster.map((n) => `${n.article}\u0001${n.facts.id}`).join('\u0000'), () => toDraft(cluster));
}

/** A person's full name (two words or more), once per extracted entity. */
function personOf(node: Node): PersonName | undefined {
  const f = node.facts;
  if (f.person === undefined) f.person = (node.entity.type === 'person' && personName(node.entity.name)) || null;
  return f.person ?? undefined;
}

/** One resolve run: the nodes, their union-find, the merge keys claimed so far and the review list being built. */
interface Run {
  nodes: Node[];
  find: (i: number) => number;
  union: (a: number, b: number) => void;
  /** Give a node a merge key: the first node to claim a key owns it, later ones join it. */
  claim: (key: string, i: number) => void;
  /** Full names of people by surname ("doe" → the nodes of "John Doe", "Jane Doe", "John Doe Jr."). */
  fullBySurname: Map<string, Set<number>>;
  review: ReviewItem[];
}

/** Lone names that were kept apart from several people of their surname, or taken as the one named far more often. */
interface LoneOutcomes {
  ambiguous: { nodes: number[]; candidates: number[] }[];
  likely: { nodes: number[]; chosen: number; others: number[] }[];
}

/** A union-find over the nodes; a union keeps the lower root. */
function unionFind(nodes: readonly Node[]): { find: (i: number) => number; union: (a: number, b: number) => void } {
  const parent = nodes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  return { find, union };
}

/** Index the nodes of people named in full by the spelling key of their surname. */
function fullNamesBySurname(nodes: readonly Node[]): Map<string, Set<number>> {
  const fullBySurname = new Map<string, Set<number>>();
  nodes.forEach((node, i) => {
    const parts = personOf(node);
    if (!parts) return;
    const key = spellingKey(parts.last);
    fullBySurname.set(key, (fullBySurname.get(key) ?? new Set<number>()).add(i));
  });
  return fullBySurname;
}

/** Whether a node names a person by one word only, which carries no weight of its own as a name. */
function isLonePerson(node: Node, fullBySurname: ReadonlyMap<string, Set<number>>): boolean {
  // a person named by the surname alone; or one word typed a group that is the surname of a person named in
  // full elsewhere ("Biden said" read as a group in one article): such a word has no weight of its own as a name
  if (node.entity.type === 'person') return personOf(node) === undefined;
  const f = node.facts;
  if (f.loneGroup === undefined) {
    const word = node.entity.name;
    f.loneGroup =
      node.entity.type === 'group' && wordCount(word) === 1 && word !== word.toUpperCase()
        ? spellingKey(nameKey(word))
        : null;
  }
  return f.loneGroup !== null && fullBySurname.has(f.loneGroup);
}

/** A node's merge keys (mergeKeys), once per extracted entity. */
const keysOf = (node: Node): string[] => (node.facts.keys ??= mergeKeys(node.entity));

/** A claim function: the first node to claim a merge key owns it, and every later claimant joins the owner. */
function keyClaimer(union: (a: number, b: number) => void): (key: string, i: number) => void {
  const owner = new Map<string, number>();
  return (key: string, i: number) => {
    const seen = owner.get(key);
    if (seen === undefined) owner.set(key, i);
    else union(seen, i);
  };
}

/**
 * Claim the merge keys of every node but lone people and one-word institutions (a node kept apart, such as a US
 * state's reading of a country's name, under keys of its own); return the institutions by name.
 */
function claimNames(
  { nodes, claim, fullBySurname }: Run,
  apart: (i: number) => string | undefined,
): Map<string, number[]> {
  const institutions = new Map<string, number[]>();
  nodes.forEach((node, i) => {
    if (isLonePerson(node, fullBySurname)) return;
    const f = node.facts;
    if (f.institution === undefined) f.institution = isInstitution(node.entity) ? nameKey(node.entity.name) : null;
    if (f.institution !== null) {
      append(institutions, f.institution, i);
      return;
    }
    const qualifier = apart(i);
    for (const key of keysOf(node)) claim(qualifier ? `${key}|${qualifier}` : key, i);
  });
  return institutions;
}

/** Claim the institutions' names, split by country when the corpus has the institution of two countries (institutionCountries.ts); return each split node's country. */
function claimInstitutions(
  run: Run,
  institutions: Map<string, number[]>,
  countries: Omit<InstitutionContext, 'shared' | 'minArticles'>,
): Map<number, string> {
  const { nodes, claim } = run;
  const qualifier = new Map<number, string>();
  if (institutions.size === 0) return qualifier;
  const relatedness = relatedArticles(nodes, run.find, (node) => !isLonePerson(node, run.fullBySurname));
  const ctx: InstitutionContext = { ...countries, shared: relatedness.shared, minArticles: MIN_INSTITUTION_ARTICLES };
  for (const [key, list] of institutions) {
    const country = institutionCountries(
      list.map((i) => ({ article: nodes[i]!.article, mentions: nodes[i]!.entity.mentions })),
      ctx,
    );
    list.forEach((i, k) => {
      const c = country[k];
      claim(c === undefined ? key : `${key}|${c}`, i);
      if (c !== undefined) qualifier.set(i, c);
    });
  }
  return qualifier;
}

/** Merge the full-name forms of one person, surname by surname (see mergeVariants). */
function mergeFullNames({ nodes, find, union, review }: Run): void {
  const people = new Map<string, Map<number, PersonName[]>>();
  nodes.forEach((node, i) => {
    if (node.entity.type !== 'person') return;
    node.facts.fullForms ??= [node.entity.name, ...node.entity.aliases].flatMap((form) => {
      const parts = personName(form);
      return parts ? [[spellingKey(parts.last), parts] as [string, PersonName]] : [];
    });
    for (const [key, parts] of node.facts.fullForms) {
      const byNode = people.get(key) ?? new Map<number, PersonName[]>();
      append(byNode, i, parts);
      people.set(key, byNode);
    }
  });
  for (const byNode of people.values()) mergeVariants(byNode, find, union, nodes, review);
}

/**
 * Join each one-word person to the person named in full it stands for, or claim it by name; return the cases to
 * review. For a lone word that is also a given name, only people named in a related article count (one that names
 * another entity in common): such a name in an article about other things is someone known by that name alone
 * ("Elliott" of a game's wiki is not "Joe Elliott" of a list of singers).
 */
function mergeLoneNames(run: Run): LoneOutcomes {
  const { nodes, fullBySurname } = run;
  const lonesByKey = new Map<string, number[]>();
  nodes.forEach((node, i) => {
    if (!isLonePerson(node, fullBySurname)) return;
    if (node.facts.loneKey === undefined) {
      const lone = loneName(node.entity.name);
      node.facts.loneKey = lone ? `${spellingKey(lone.last)}|${lone.generation}` : nameKey(node.entity.name);
    }
    append(lonesByKey, node.facts.loneKey, i);
  });
  const lonely = new Set([...lonesByKey.values()].flat());
  const relatedness = relatedArticles(nodes, run.find, (_, i) => !lonely.has(i));
  const outcomes: LoneOutcomes = { ambiguous: [], likely: [] };
  for (const lones of lonesByKey.values()) {
    const lone = loneName(nodes[lones[0]!]!.entity.name);
    // "Doe Jr." can only be a Doe Jr.; "Doe" any Doe
    const candidates = lone
      ? [...(fullBySurname.get(spellingKey(lone.last)) ?? [])].filter(
          (j) => !lone.generation || personOf(nodes[j]!)!.generation === lone.generation,
        )
      : [];
    // a lone word that is also a given name may be someone known by that name alone: it joins only the people named
    // in related articles
    const mustRelate = !!lone && getLexicons().firstNames.has(lone.last);
    // the lone names by the candidates their articles are related to
    const byCandidates = new Map<string, { lones: number[]; candidates: number[] }>();
    for (const i of lones) {
      const near = mustRelate ? candidates.filter((j) => relatedness.related(nodes[i]!.article, j)) : candidates;
      const key = near.join(' ');
      const group = byCandidates.get(key) ?? { lones: [], candidates: near };
      group.lones.push(i);
      byCandidates.set(key, group);
    }
    for (const group of byCandidates.values()) placeLoneNames(run, group.lones, group.candidates, outcomes);
  }
  return outcomes;
}

/** Join lone names to their one candidate; of several, to the one named far more often, or apart (both reviewed); of none, claim them by name. */
function placeLoneNames(
  { nodes, find, union, claim }: Run,
  lones: readonly number[],
  candidates: readonly number[],
  { ambiguous, likely }: LoneOutcomes,
): void {
  const roots = [...new Set(candidates.map(find))];
  if (roots.length === 1) for (const i of lones) union(i, roots[0]!);
  else if (roots.length > 1) {
    const ranked = rankCandidates(roots, candidates, find, nodes);
    if (ranked.dominant !== undefined) {
      for (const i of lones) union(i, ranked.dominant);
      likely.push({ nodes: [...lones], chosen: ranked.dominant, others: roots.filter((r) => r !== ranked.dominant) });
    } else {
      for (const i of lones) claim(`person-alone:${nameKey(nodes[i]!.entity.name)}`, i);
      ambiguous.push({ nodes: [...lones], candidates: roots });
    }
  } else for (const i of lones) for (const k of keysOf(nodes[i]!)) claim(k, i);
}

/** Put the lone names kept apart, and those taken as the most-named person, on the review list. */
function reviewLoneNames(
  { nodes, find, review }: Run,
  clusters: Map<number, Node[]>,
  { ambiguous, likely }: LoneOutcomes,
  draftOf: (cluster: Node[]) => DraftEntity,
): void {
  const nameOf = (i: number) => draftOf(clusters.get(find(i))!).name;
  for (const entry of ambiguous) {
    const lone = draftOf(clusters.get(find(entry.nodes[0]!))!);
    review.push(reviewSurname(lone, [...new Set(entry.candidates.map(nameOf))].sort()));
  }
  for (const entry of likely) {
    const form = nodes[entry.nodes[0]!]!.entity.name;
    const articles = [...new Set(entry.nodes.map((i) => nodes[i]!.article))];
    const chosen = nameOf(entry.chosen);
    const others = [...new Set(entry.others.map(nameOf))].sort();
    review.push({
      kind: 'likely-surname',
      name: form,
      message: `"${form}" alone (${plural(articles.length, 'article')}) was taken as "${chosen}", named far more often than ${others.map((o) => `"${o}"`).join(' or ')}`,
      candidates: [chosen, ...others],
      articles,
      yaml: yamlLines({ [chosen]: { split: [{ name: form, type: 'person', articles }] } }),
    });
  }
}

/** One draft entity per cluster; an institution split by country is named with its country ("Senate (France)"). */
function draftEntities(
  clusters: Map<number, Node[]>,
  qualifier: Map<number, string>,
  find: (i: number) => number,
  draftOf: (cluster: Node[]) => DraftEntity,
  memo: ResolveMemo | undefined,
): DraftEntity[] {
  const rootQualifier = new Map([...qualifier].map(([i, country]) => [find(i), country]));
  const roots = [...clusters.keys()];
  const qualify = (draft: DraftEntity, country: string): DraftEntity => ({
    ...draft,
    name: `${draft.name} (${country})`,
    aliases: [...new Set([draft.name, ...draft.aliases])].sort(),
  });
  return [...clusters.values()].map((cluster, c) => {
    const draft = draftOf(cluster);
    const country = rootQualifier.get(roots[c]!);
    if (!country) return draft;
    return memo
      ? memo.drafts.get(`\u0002${country}\u0000${memo.drafts.idOf(draft)}`, () => qualify(draft, country))
      : qualify(draft, country);
  });
}

/** Put the entities whose type the evidence does not clearly settle on the review list. */
function reviewMixedTypes(
  clusters: Map<number, Node[]>,
  drafts: DraftEntity[],
  share: number,
  review: ReviewItem[],
): void {
  for (const [i, cluster] of [...clusters.values()].entries()) {
    const item = reviewType(drafts[i]!, cluster, share);
    if (item) review.push(item);
  }
}

/**
 * Merge the clusters of one surname whose full names fit (samePerson) when the fit is unambiguous: a
 * cluster that fits two others that do not fit each other ("J. Doe" beside "John Doe" and "Jane Doe")
 * stays apart and is put up for review.
 */
function mergeVariants(
  byNode: Map<number, PersonName[]>,
  find: (i: number) => number,
  union: (a: number, b: number) => void,
  nodes: readonly Node[],
  review: ReviewItem[],
): void {
  // the distinct forms of each cluster (a person named in a thousand articles has a handful of forms)
  const forms = new Map<number, Map<string, PersonName>>();
  for (const [i, names] of byNode) {
    const root = find(i);
    const seen = forms.get(root) ?? new Map<string, PersonName>();
    for (const p of names) seen.set(`${p.first} ${p.middles.join(' ')}`, p);
    forms.set(root, seen);
  }
  const byRoot = new Map([...forms].map(([root, seen]) => [root, [...seen.values()]]));
  if (byRoot.size < 2) return;
  const roots = [...byRoot.keys()];
  const fits = (a: number, b: number) => byRoot.get(a)!.some((x) => byRoot.get(b)!.some((y) => samePerson(x, y)));
  const neighbours = new Map(roots.map((r) => [r, roots.filter((o) => o !== r && fits(r, o))]));
  // a pair merges when every other form either of them fits fits both ("J. Doe" fits "John Doe" and "Jane Doe": no merge)
  const safe = (a: number, b: number) =>
    [...neighbours.get(a)!, ...neighbours.get(b)!].every((n) => n === a || n === b || (fits(n, a) && fits(n, b)));
  for (const r of roots) {
    for (const o of neighbours.get(r)!) if (r < o && safe(r, o)) union(r, o);
  }
  for (const r of roots) {
    const near = neighbours.get(r)!;
    if (near.length < 2 || near.every((a) => near.every((b) => a === b || fits(a, b)))) continue;
    const name = nodes[r]!.entity.name;
    const candidates = near.map((n) => nodes[n]!.entity.name).sort();
    review.push({
      kind: 'ambiguous-name',
      name,
      message: `"${name}" could be ${candidates.map((c) => `"${c}"`).join(' or ')}; kept apart`,
      candidates,
      yaml: yamlLines({ [candidates[0]!]: { merge: [name] } }),
    });
  }
}

/** With several people of one surname, the one named in full in this many times more mentions and in at least MIN_ARTICLES articles is who the surname alone means. */
const DOMINANT = 4;
const MIN_ARTICLES = 3;

function rankCandidates(
  roots: readonly number[],
  candidates: readonly number[],
  find: (i: number) => number,
  nodes: readonly Node[],
): { dominant?: number } {
  const weight = new Map<number, { mentions: number; articles: Set<string> }>();
  for (const j of candidates) {
    const w = weight.get(find(j)) ?? { mentions: 0, articles: new Set<string>() };
    w.mentions += nodes[j]!.entity.mentions.length;
    w.articles.add(nodes[j]!.article);
    weight.set(find(j), w);
  }
  const ranked = [...roots].sort((a, b) => weight.get(b)!.mentions - weight.get(a)!.mentions);
  const [top, second] = ranked.map((r) => weight.get(r)!);
  return top && second && top.mentions >= DOMINANT * second.mentions && top.articles.size >= MIN_ARTICLES
    ? { dominant: ranked[0]! }
    : {};
}

function reviewSurname(lone: DraftEntity, candidates: string[]): ReviewItem {
  const articles = [...new Set(lone.mentions.map((m) => m.article))];
  return {
    kind: 'ambiguous-surname',
    name: lone.name,
    message: `"${lone.name}" alone (${plural(articles.length, 'article')}) could be ${candidates.map((c) => `"${c}"`).join(' or ')}; kept apart`,
    candidates,
    articles,
    yaml: yamlLines({ [candidates[0]!]: { merge: [lone.name] } }),
  };
}

function reviewType(draft: DraftEntity, cluster: readonly Node[], share: number): ReviewItem | undefined {
  const weights = typeWeights(cluster);
  const total = [...weights.values()].reduce((a, b) => a + b, 0);
  const top = weights.get(draft.type) ?? 0;
  if (weights.size < 2 || top / total >= share) return undefined;
  const others = [...weights].filter(([t]) => t !== draft.type).sort((a, b) => b[1] - a[1]);
  const [other] = others[0]!;
  return {
    kind: 'mixed-type',
    name: draft.name,
    message: `"${draft.name}" is a ${draft.type} by ${Math.round((100 * top) / total)}% of the evidence, a ${other} by the rest`,
    candidates: [],
    articles: [...new Set(cluster.filter((n) => n.entity.type !== draft.type).map((n) => n.article))],
    yaml: yamlLines({ [draft.name]: { type: other } }),
  };
}

/** Items the user already settled in entities.yaml (an entry names the entity) are not asked again. */
function settled(review: ReviewItem[], corrections: readonly Correction[]): ReviewItem[] {
  const answered = new Set(
    corrections.flatMap((c) => [c.match, ...(c.merge ?? []), ...(c.aliases ?? [])].map(nameKey)),
  );
  const decided = (r: ReviewItem) =>
    answered.has(nameKey(r.name)) || (r.kind !== 'mixed-type' && r.candidates.some((c) => answered.has(nameKey(c))));
  return review.filter((r) => !decided(r));
}

/** entities.yaml lines for a review item: block maps, lists of names on one line ("merge: [Carter]"). */
function yamlLines(entry: Record<string, unknown>): string {
  const doc = new YAML.Document(entry);
  YAML.visit(doc, {
    Seq(_, node) {
      if (node.items.every((item) => YAML.isScalar(item))) node.flow = true;
    },
  });
  return doc.toString({ flowCollectionPadding: false, lineWidth: 0 });
}

/** Add to a map of lists in place (a copy per item would make a long list quadratic). */
function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function mergeKeys(entity: DocEntity): string[] {
  const names = [entity.name, ...entity.aliases];
  const usable = entity.type === 'person' ? names.filter((n, i) => i === 0 || wordCount(n) > 1) : names;
  const keys = usable.map(nameKey).filter(Boolean);
  if (entity.type !== 'person') keys.push(...usable.flatMap(possessiveKeys));
  // a group of several words in the plural is the group in the singular ("National Guards", "National Guard")
  if (entity.type === 'group') {
    keys.push(...keys.filter((k) => k.includes(' ') && /[^s]s$/.test(k)).map((k) => k.slice(0, -1)));
    // a company or broadcaster is the same with or without its suffix ("Acme News Channel", "Acme News"; "Acme
    // Holdings Inc", "Acme"): groups only, so that no person or place is joined by it
    for (const k of [...keys])
      keys.push(`group|${k}`, `group|${withoutSuffixes(k.split(' '), BRAND_SUFFIXES).join(' ')}`);
    // word order, a stance glued on, "Party" left out (groupKeys.ts)
    for (const n of names) keys.push(...[...groupKeyVariants(n), ...wordOrderKeys(n)].map((k) => `group|${k}`));
  }
  return [...new Set(keys)];
}

/** Last words of a company's or broadcaster's name that name no other body: "Acme Corp", "Acme News Channel". */
const BRAND_SUFFIXES = new Set([...COMPANY_SUFFIXES, 'channel', 'network', 'tv']);

/**
 * A name of an institution that every country has: one word ("Senate", "Parliament", "House", "Cabinet"), or up to
 * three ordinary words ending in one ("Supreme Court", "Central Election Commission", "National Assembly").
 */
export function isInstitution(entity: DocEntity): boolean {
  if (entity.type !== 'group') return false;
  const words = nameKey(entity.name).split(' ');
  if (words.length > 3 || !INSTITUTION_HEADS.has(words.at(-1)!) || !isEnglishWord(words.at(-1)!)) return false;
  return words.slice(0, -1).every((w) => INSTITUTION_MODIFIERS.has(w));
}

/** Words that make a generic institution's name of any country ("Supreme Court", "Central Election Commission"). */
const INSTITUTION_MODIFIERS = new Set(
  `supreme constitutional high central national federal state election electoral upper lower foreign interior
  defence defense justice finance health education appeals appeal district`.split(/\s+/),
);

const MIN_INSTITUTION_ARTICLES = 2;

const INSTITUTION_HEADS = new Set([
  'senate',
  'house',
  'parliament',
  'congress',
  'cabinet',
  'government',
  'assembly',
  'ministry',
  'court',
  'legislature',
  'council',
  'army',
  'police',
  'navy',
  'military',
  'judiciary',
  'presidency',
  'commission',
]);

/** Every country each article names. */
function countriesIn(nodes: readonly Node[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const { article, entity } of nodes) {
    if (!entity.country) continue;
    const set = out.get(article) ?? new Set<string>();
    set.add(entity.country);
    out.set(article, set);
  }
  return out;
}

/** The country an article is about: of its places that are countries, the one it mentions most (the first on a tie). */
function articleCountries(nodes: readonly Node[]): Map<string, string> {
  const best = new Map<string, { country: string; count: number }>();
  for (const { article, entity } of nodes) {
    if (!entity.country) continue;
    const seen = best.get(article);
    if (!seen || entity.mentions.length > seen.count)
      best.set(article, { country: entity.country, count: entity.mentions.length });
  }
  return new Map([...best].map(([article, { country }]) => [article, country]));
}

const MINOR_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'de', 'du', 'des', 'la', 'le', '&']);

/**
 * "National Park Service" → "nps"; with a leading dotted qualifier or country dropped too ("U.S. National Park
 * Service", "United States National Park Service" → "nps").
 */
export function initialsOf(name: string): string[] {
  const words = name.split(/[\s-]+/).filter(Boolean);
  const initials = (list: string[]) =>
    list
      .filter((w) => !MINOR_WORDS.has(w.toLowerCase()))
      .map((w) => w[0]!)
      .join('');
  const capitalised = words.every((w) => MINOR_WORDS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w));
  if (words.length < 2 || !capitalised) return [];
  const out = [initials(words)];
  if (words[0]!.includes('.') && words.length > 2) out.push(initials(words.slice(1)));
  // a leading country's name ("United States Drug Enforcement Agency" → "dea")
  for (let k = 1; k <= 2 && words.length - k >= 2; k++)
    if (lookupPlace(words.slice(0, k).join(' '))?.kind === 'country') out.push(initials(words.slice(k)));
  return [...new Set(out.map((s) => s.toLowerCase()))].filter((s) => s.length >= 2);
}

/** An acronym ("EU", "NPS") joins the one group or place in the whole corpus whose initials it is, if there is exactly one. */
function joinAcronyms(
  nodes: readonly Node[],
  find: (i: number) => number,
  union: (a: number, b: number) => void,
): void {
  const expansions = new Map<string, Set<number>>();
  nodes.forEach((node, i) => {
    if (node.entity.type === 'person') return;
    node.facts.initials ??= [node.entity.name, ...node.entity.aliases].flatMap(initialsOf);
    for (const key of node.facts.initials) expansions.set(key, (expansions.get(key) ?? new Set<number>()).add(i));
  });
  const relatedness = relatedArticles(nodes, find, () => true, 1);
  nodes.forEach((node, i) => {
    if (node.entity.type === 'person') return;
    if (node.facts.acronym === undefined) {
      const acronym = [node.entity.name, ...node.entity.aliases].find((n) => /^(?:\p{Lu}\.?){2,6}$/u.test(n));
      node.facts.acronym = acronym ? acronym.replace(/\./g, '').toLowerCase() : null;
    }
    if (node.facts.acronym === null) return;
    const candidates = [...(expansions.get(node.facts.acronym) ?? [])];
    const roots = new Set(candidates.map(find));
    // and only in an article related to the expansion's ("API" of a software page is not a resort's initials)
    if (roots.size === 1 && !roots.has(find(i)) && candidates.some((j) => relatedness.related(node.article, j)))
      union(i, [...roots][0]!);
  });
}

/**
 * "U.S. Capitol" and "Capitol": a name qualified by a country is the same thing as the plain name in articles about
 * that country (or about none), when the corpus qualifies the plain name by that one country only. The plain name
 * in an article about another country stays apart, and so do institutions already split by country.
 */
function joinCountryQualified(
  nodes: readonly Node[],
  find: (i: number) => number,
  union: (a: number, b: number) => void,
  countryOf: ReadonlyMap<string, string>,
  qualified: ReadonlyMap<number, string>,
): void {
  const byRest = new Map<string, { country: string; node: number }[]>();
  nodes.forEach((node, i) => {
    if (node.entity.type === 'person') return;
    node.facts.qualified ??= countryQualifiedForms(node.entity);
    for (const { key, country } of node.facts.qualified) append(byRest, key, { country, node: i });
  });
  if (byRest.size === 0) return;
  nodes.forEach((node, j) => {
    if (node.entity.type === 'person' || qualified.has(j)) return;
    const list = byRest.get((node.facts.plainKey ??= `${node.entity.type}|${nameKey(node.entity.name)}`));
    if (!list) return;
    const countries = new Set(list.map((q) => q.country));
    const roots = new Set(list.map((q) => find(q.node)));
    if (countries.size !== 1 || roots.size !== 1) return;
    const articleCountry = countryOf.get(node.article);
    if (articleCountry !== undefined && articleCountry !== [...countries][0]) return;
    union(j, [...roots][0]!);
  });
}

/** The forms of a name that start with a country's name ("U.S. Capitol"): the rest's key, by type, and the country. */
function countryQualifiedForms(entity: DocEntity): { key: string; country: string }[] {
  const out: { key: string; country: string }[] = [];
  for (const form of [entity.name, ...entity.aliases]) {
    const words = form.split(/\s+/);
    for (let k = 1; k <= 2 && k < words.length; k++) {
      const place = lookupPlace(words.slice(0, k).join(' '));
      if (place?.kind !== 'country') continue;
      out.push({ key: `${entity.type}|${nameKey(words.slice(k).join(' '))}`, country: place.name });
      break;
    }
  }
  return out;
}

/**
 * How strongly a cluster's pieces of evidence say each type: mentions, with a person's full name
 * (two words or more) counting double, since a first and last name is strong evidence of a person
 * while one word typed as a place may be a lone gazetteer hit.
 */
function typeWeights(nodes: readonly Node[]): Map<EntityType, number> {
  const weight = new Map<EntityType, number>();
  for (const node of nodes) {
    const { entity } = node;
    const strength = personOf(node) ? 2 : 1;
    weight.set(entity.type, (weight.get(entity.type) ?? 0) + strength * entity.mentions.length);
  }
  return weight;
}

function toDraft(nodes: Node[]): DraftEntity {
  const weight = typeWeights(nodes);
  const nameVotes = new Map<string, number>();
  const forms = new Map<string, string>();
  // a form written again has its key already (mentions repeat a few forms many times)
  const written = new Set<string>();
  let geo: DraftEntity['geo'];
  for (const { entity } of nodes) {
    nameVotes.set(entity.name, (nameVotes.get(entity.name) ?? 0) + entity.mentions.length);
    for (const form of [entity.name, ...entity.aliases, ...entity.mentions.map((m) => m.text)]) {
      if (written.has(form)) continue;
      written.add(form);
      const key = nameKey(form);
      if (!forms.has(key)) forms.set(key, form);
    }
    geo ??= entity.geo;
  }
  const type = [...weight].sort((a, b) => b[1] - a[1])[0]![0];
  const name = [...nameVotes].sort(
    ([a, votesA], [b, votesB]) =>
      votesB - votesA ||
      // a web address names an outlet worse than its name
      Number(!!domainLabel(a)) - Number(!!domainLabel(b)) ||
      Number(isShouted(a)) - Number(isShouted(b)) ||
      wordCount(b) - wordCount(a) ||
      b.length - a.length ||
      (a < b ? -1 : 1),
  )[0]![0];
  const nameKeyOf = nameKey(name);
  const aliases = [...forms]
    .filter(([key, f]) => key !== nameKeyOf && !isPossessiveOf(f, name))
    .map(([, f]) => f)
    .sort();
  // each mention an object literal: V8 gives every copy made by `{ ...m, article }` a hidden class of its own (about
  // 180 bytes more per mention, for every mention of the corpus)
  const mentions = nodes
    .flatMap(({ article, order, entity }) =>
      entity.mentions.map((m) => ({ order, mention: { start: m.start, end: m.end, text: m.text, article } })),
    )
    .sort((a, b) => a.order - b.order || a.mention.start - b.mention.start)
    .map(({ mention }) => mention);
  return { name, type, aliases, mentions, ...(geo ? { geo } : {}) };
}

/** All capitals: a headline form or an acronym; on a tie, a name in mixed case reads better. */
const isShouted = (name: string) => /\p{Lu}/u.test(name) && name === name.toUpperCase();

const isPossessiveOf = (form: string, name: string) => nameKey(form).replace(/'s?$/, '') === nameKey(name);

/**
 * Slugs come from the name and are unique within a type, since the type is part of the URL: a
 * place and a person with the same name keep plain URLs whatever is added. Ids are unique across
 * all entities: the slug, or "<slug>-<type>" where two types share a slug.
 */
function withIds(entities: DraftEntity[], memo: ResolveMemo | undefined): ResolvedEntity[] {
  const slugOf = memo ? (name: string) => memo.slugs.get(name, () => slugify(name)) : slugify;
  const seen = new Set<string>();
  const keys = entities.map((e) => {
    let key = `${e.type}:${nameKey(e.name)}`;
    if (seen.has(key)) key += `@${e.mentions[0]?.article ?? ''}:${e.mentions[0]?.start ?? ''}`;
    seen.add(key);
    return key;
  });
  const slugs = new Map<string, string>();
  for (const type of ENTITY_TYPES) {
    const ofType = entities.flatMap((e, i) => (e.type === type ? [{ key: keys[i]!, name: e.name }] : []));
    for (const [key, slug] of assignSlugs(ofType, slugOf)) slugs.set(key, slug);
  }
  const typesBySlug = new Map<string, number>();
  for (const slug of slugs.values()) typesBySlug.set(slug, (typesBySlug.get(slug) ?? 0) + 1);
  return entities
    .map((e, i) => {
      const slug = slugs.get(keys[i]!)!;
      const id = typesBySlug.get(slug)! > 1 ? `${slug}-${e.type}` : slug;
      // the same draft with the same id and slug is the same entity as last time: handed on as the same object
      const kept = memo?.resolved.get(e);
      if (kept && kept.id === id && kept.slug === slug) return kept;
      const made = { id, slug, ...e };
      memo?.resolved.set(e, made);
      return made;
    })
    .sort((a, b) => b.mentions.length - a.mentions.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
