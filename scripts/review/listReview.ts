/**
 * What the Review page lists, most important first: the build's review list (decisions the resolver was unsure
 * of), then what looks doubtful in the result: likely junk (a name made of common words), likely duplicates (same
 * type, one name inside the other, or nearly the same spelling) and merges whose names disagree. Pure: from the
 * knowledge base and the corrections already written; an item whose entity has an entry in entities.yaml is decided.
 */
import type { EntityType } from '../core/types/common.ts';
import type { Correction, ReviewItem } from '../core/types/entity.ts';
import type { KbEntity, KbMention, KnowledgeBase } from '../core/types/kb.ts';
import { nameKey, nameWords } from '../lang/keys.ts';
import { isCommonWord } from '../lang/lexicon.ts';
import { parseCorrections } from '../load/loadCorrections.ts';

export type ReviewKind = ReviewItem['kind'] | 'junk' | 'duplicate' | 'mixed-aliases';

/** One button of an item: the fields it posts (see `readRequest`). */
export interface ReviewAction {
  label: string;
  action: 'rename' | 'type' | 'merge' | 'split' | 'ignore' | 'reviewed';
  /** The entity acted on, by its kb id. */
  id?: string;
  /** For `reviewed`: the name the decision is written under. */
  subject?: string;
  type?: EntityType;
  /** For `merge`: the entity folded in, by kb id. */
  other?: string;
  name?: string;
  articles?: string[];
  mentions?: string[];
}

export interface ReviewEntry {
  kind: ReviewKind;
  /** The name a "looks right" decision is written under. */
  subject: string;
  entity?: KbEntity;
  message: string;
  /** How much it matters: the mentions of the entities involved. */
  weight: number;
  articles: string[];
  evidence: KbMention[];
  actions: ReviewAction[];
}

export interface Options {
  /** Evidence sentences shown per item. */
  sentences: number;
  /** A word shared by more entities than this does not make them likely duplicates ("United", "National"). */
  commonWordEntities: number;
  /** A common word seen more often than this is taken for a name the articles use (the Senate). */
  junkMentions: number;
}

export const defaultOptions: Options = { sentences: 3, commonWordEntities: 30, junkMentions: 2 };

const KIND_ORDER: ReviewKind[] = [
  'ambiguous-surname',
  'ambiguous-name',
  'likely-surname',
  'mixed-type',
  'duplicate',
  'mixed-aliases',
  'junk',
];

/** Every item still to decide, most mentioned first. */
export function listReview(
  kb: KnowledgeBase,
  corrections: readonly Correction[],
  options: Partial<Options> = {},
): ReviewEntry[] {
  const opts = { ...defaultOptions, ...options };
  const index = indexEntities(kb.entities);
  const items = [
    ...(kb.review ?? []).map((item) => fromResolver(item, index, opts)),
    ...findDuplicates(kb.entities, opts),
    ...findMixedAliases(kb.entities, opts),
    ...findJunk(kb.entities, opts),
  ];
  const answered = answeredNames(corrections);
  const seen = new Set<string>();
  return items
    .filter((item) => !answered.has(nameKey(item.subject)))
    .sort((a, b) => b.weight - a.weight || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind))
    .filter((item) => {
      // one item per entity: the most important question about it
      const key = nameKey(item.subject);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** Read entities.yaml text into its corrections, for `listReview` (an invalid file decides nothing). */
export function readDecisions(text: string | undefined): Correction[] {
  if (text === undefined) return [];
  try {
    return parseCorrections(text).corrections;
  } catch {
    return [];
  }
}

/** Every name an entry of entities.yaml speaks of: a decided item leaves the list. */
function answeredNames(corrections: readonly Correction[]): Set<string> {
  return new Set(
    corrections.flatMap((c) =>
      [c.match, c.name, ...(c.merge ?? []), ...(c.aliases ?? []), ...(c.split ?? []).map((s) => s.name)]
        .filter((n): n is string => n !== undefined)
        .map(nameKey),
    ),
  );
}

export interface EntityIndex {
  byName: Map<string, KbEntity[]>;
  byAlias: Map<string, KbEntity[]>;
}

export function indexEntities(entities: readonly KbEntity[]): EntityIndex {
  const byName = new Map<string, KbEntity[]>();
  const byAlias = new Map<string, KbEntity[]>();
  const add = (map: Map<string, KbEntity[]>, key: string, e: KbEntity) => map.set(key, [...(map.get(key) ?? []), e]);
  for (const e of entities) {
    add(byName, nameKey(e.name), e);
    for (const a of e.aliases) add(byAlias, nameKey(a), e);
  }
  return { byName, byAlias };
}

/** The entity shown under `name` (of `type` if several), else the one that has it as an alias. */
export function entityNamed(
  index: EntityIndex,
  name: string,
  type: EntityType | undefined = undefined,
): KbEntity | undefined {
  const key = nameKey(name);
  const pick = (list: KbEntity[] | undefined) =>
    list?.find((e) => e.type === type) ?? [...(list ?? [])].sort((a, b) => b.mentions.length - a.mentions.length)[0];
  return pick(index.byName.get(key)) ?? pick(index.byAlias.get(key));
}

/** Up to `count` sentences of the entity, one each: those of `first` mentions, then in `articles`, then the rest. */
function evidence(
  entity: KbEntity | undefined,
  articles: readonly string[],
  count: number,
  first: readonly KbMention[] = [],
): KbMention[] {
  if (!entity) return [];
  const wanted = new Set(articles);
  const ordered = [
    ...first,
    ...entity.mentions.filter((m) => wanted.has(m.article)),
    ...entity.mentions.filter((m) => !wanted.has(m.article)),
  ];
  const seen = new Set<string>();
  return ordered
    .filter((m) => {
      if (seen.has(m.sentence)) return false;
      seen.add(m.sentence);
      return true;
    })
    .slice(0, count);
}

const reviewed = (subject: string, label = 'Looks right'): ReviewAction => ({ label, action: 'reviewed', subject });

/** A resolver item, with the action its suggested lines stand for. */
function fromResolver(item: ReviewItem, index: EntityIndex, opts: Options): ReviewEntry {
  const entity = entityNamed(index, item.name, item.kind === 'mixed-type' ? undefined : 'person');
  const actions: ReviewAction[] = [];
  if (item.kind === 'ambiguous-surname' || item.kind === 'ambiguous-name') {
    for (const candidate of item.candidates) {
      const into = entityNamed(index, candidate, 'person');
      if (into && entity && into !== entity)
        actions.push({ label: `Same as ${candidate}`, action: 'merge', id: into.id, other: entity.id });
    }
    actions.push(reviewed(item.name, 'Keep apart'));
  } else if (item.kind === 'likely-surname') {
    const chosen = entity;
    if (chosen)
      actions.push({
        label: `Not ${chosen.name}: a page of its own`,
        action: 'split',
        id: chosen.id,
        name: item.name,
        type: 'person',
        articles: item.articles ?? [],
      });
    actions.push(reviewed(item.name, `Yes, ${chosen?.name ?? 'right'}`));
  } else {
    const other = /a (person|group|place) by the rest/.exec(item.message)?.[1] as EntityType | undefined;
    if (entity && other) actions.push({ label: `Make it a ${other}`, action: 'type', id: entity.id, type: other });
    if (entity) actions.push(reviewed(item.name, `Keep it a ${entity.type}`));
  }
  const articles = item.articles ?? [...new Set(entity?.mentions.map((m) => m.article))];
  return {
    kind: item.kind,
    subject: item.name,
    ...(entity ? { entity } : {}),
    message: item.message,
    weight: (entity?.mentions.length ?? 0) + 1,
    articles,
    evidence: evidence(entity, articles, opts.sentences),
    actions,
  };
}

const articlesOf = (e: KbEntity): Set<string> => new Set(e.mentions.map((m) => m.article));

/**
 * Pairs of one type where one name is inside the other ("Carter", "Jimmy Carter"; "Tigray Front", "Tigray
 * People's Liberation Front") and both are named in one article, or whose names differ by a letter or two.
 */
function findDuplicates(entities: readonly KbEntity[], opts: Options): ReviewEntry[] {
  const byWord = new Map<string, KbEntity[]>();
  for (const e of entities) for (const w of new Set(nameWords(e.name))) byWord.set(w, [...(byWord.get(w) ?? []), e]);
  const pairs = new Map<string, [KbEntity, KbEntity, string]>();
  for (const list of byWord.values()) {
    if (list.length > opts.commonWordEntities) continue;
    for (const a of list)
      for (const b of list) {
        if (a === b || a.type !== b.type || a.mentions.length > b.mentions.length) continue;
        if (a.mentions.length === b.mentions.length && a.id > b.id) continue;
        const why = duplicateReason(a, b);
        if (why) pairs.set(`${a.id}\u0000${b.id}`, [a, b, why]);
      }
  }
  return [...pairs.values()].map(([a, b, why]) => {
    const shared = [...articlesOf(a)].filter((x) => articlesOf(b).has(x));
    return {
      kind: 'duplicate' as const,
      subject: a.name,
      entity: a,
      message: `"${a.name}" (${a.mentions.length}) may be "${b.name}" (${b.mentions.length}): ${why}`,
      weight: a.mentions.length + b.mentions.length,
      articles: shared.length ? shared : [...articlesOf(a)],
      evidence: evidence(a, shared, opts.sentences),
      actions: [
        { label: `Merge into ${b.name}`, action: 'merge' as const, id: b.id, other: a.id },
        reviewed(a.name, 'Different'),
      ],
    };
  });
}

function duplicateReason(a: KbEntity, b: KbEntity): string | undefined {
  const wa = nameWords(a.name);
  const wb = nameWords(b.name);
  const inside = wa.length < wb.length && ` ${wb.join(' ')} `.includes(` ${wa.join(' ')} `);
  const shared = [...articlesOf(a)].some((x) => articlesOf(b).has(x));
  if (inside && shared) return 'one name inside the other, in the same articles';
  if (wa.length !== wb.length) return undefined;
  const differ = wa.flatMap((w, i) => (w === wb[i] ? [] : [[w, wb[i]!] as const]));
  if (differ.length !== 1) return undefined;
  const [x, y] = differ[0]!;
  const shortest = Math.min(x.length, y.length);
  const allowed = shortest >= 8 ? 2 : shortest >= 5 ? 1 : 0;
  return allowed > 0 && editDistance(x, y, allowed) <= allowed ? 'nearly the same spelling' : undefined;
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      best = Math.min(best, row[j]!);
    }
    if (best > max) return best;
    prev = row;
  }
  return prev[b.length]!;
}

/** Whether `short` ("nps") is an acronym of the words ("us national park service"): its letters, in order, among their initials. */
function isAcronymOf(short: string, words: readonly string[]): boolean {
  const initials = words.map((w) => w[0]).join('');
  let at = 0;
  for (const letter of initials) if (letter === short[at]) at++;
  return short.length >= 2 && at === short.length && short[0] === words.find((w) => !STOP_WORDS.has(w))?.[0];
}

const STOP_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'de', 'la', 'us', 'uk', 'un', 'eu']);

/** An entity whose names disagree: an alias with a word the name does not have (not its acronym, nor a qualifier such as "U.S."); for a person, another surname. */
function findMixedAliases(entities: readonly KbEntity[], opts: Options): ReviewEntry[] {
  return entities.flatMap((e) => {
    const words = nameWords(e.name);
    const own = new Set(words);
    const odd = e.aliases.filter((alias) => {
      const aw = nameWords(alias);
      if (aw.length === 1 && isAcronymOf(aw[0]!, words)) return false;
      if (words.length === 1 && isAcronymOf(words[0]!, aw)) return false;
      if (e.type === 'person') return aw.length > 1 && aw[aw.length - 1] !== words[words.length - 1];
      return aw.some((w) => !own.has(w) && !STOP_WORDS.has(w));
    });
    if (odd.length === 0) return [];
    const forms = odd.slice(0, 5);
    const mentions = e.mentions.filter((m) => forms.some((f) => nameKey(f) === nameKey(m.text)));
    const articles = [...new Set(mentions.map((m) => m.article))];
    return [
      {
        kind: 'mixed-aliases' as const,
        subject: e.name,
        entity: e,
        message: `"${e.name}" was also found as ${forms.map((f) => `"${f}"`).join(', ')}${odd.length > forms.length ? ', …' : ''}: one page for names that disagree`,
        weight: e.mentions.length,
        articles,
        evidence: evidence(e, articles, opts.sentences, mentions),
        actions: [
          ...forms.slice(0, 3).map((form) => ({
            label: `Split "${form}" off`,
            action: 'split' as const,
            id: e.id,
            name: form,
            mentions: [...new Set(mentions.filter((m) => nameKey(m.text) === nameKey(form)).map((m) => m.text))],
          })),
          reviewed(e.name, 'One entity'),
        ],
      },
    ];
  });
}

/** A name that is one common word, seen once or twice ("Architectural", "Near", "Voice"): likely not an entity. */
function findJunk(entities: readonly KbEntity[], opts: Options): ReviewEntry[] {
  return entities.flatMap((e) => {
    const words = nameWords(e.name);
    if (words.length !== 1 || e.mentions.length > opts.junkMentions || !/^[a-z]+$/.test(words[0]!)) return [];
    if (!isCommonWord(words[0]!)) return [];
    const articles = [...articlesOf(e)];
    return [
      {
        kind: 'junk' as const,
        subject: e.name,
        entity: e,
        message: `"${e.name}" is a common word (${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}): it may not be a ${e.type}`,
        weight: e.mentions.length,
        articles,
        evidence: evidence(e, articles, opts.sentences),
        actions: [{ label: 'Not an entity', action: 'ignore' as const, id: e.id }, reviewed(e.name)],
      },
    ];
  });
}
