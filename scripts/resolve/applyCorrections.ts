import { slugify } from '../core/slug.ts';
import type { Warning } from '../core/types/common.ts';
import type { Correction, DraftEntity, ResolvedMention, SplitCorrection } from '../core/types/entity.ts';
import { nameKey } from '../lang/keys.ts';

export interface Corrected {
  entities: DraftEntity[];
  warnings: Warning[];
}

/** The working state of one `applyCorrections` call. Entities in `list` are private copies, safe to change. */
interface Work {
  list: DraftEntity[];
  file: string;
  warnings: Warning[];
  /** Corrections that found their entity. */
  used: Set<Correction>;
  /** Position of each article id, to keep mentions in article order. */
  rank: Map<string, number>;
}

/**
 * Apply the user's corrections (content/entities.yaml) to the resolved entities. Pure: the input is not changed.
 * Order: ignore → merge and aliases → split → rename, retype and description, each in file order. `reviewed`
 * changes nothing (it only takes the entity off the review list).
 * A correction finds its entity by name, or by alias when no entity has that name (see `findEntities`).
 */
export function applyCorrections(
  entities: DraftEntity[],
  corrections: readonly Correction[],
  file = 'entities.yaml',
): Corrected {
  if (corrections.length === 0) return { entities, warnings: [] };
  const work: Work = {
    list: entities.map(copyEntity),
    file,
    warnings: [],
    used: new Set(),
    rank: rankArticles(entities),
  };
  for (const c of corrections) if (c.ignore) ignoreEntity(work, c);
  for (const c of corrections) if (c.merge?.length || c.aliases?.length) mergeEntities(work, c);
  for (const c of corrections) if (c.split?.length) splitEntity(work, c);
  for (const c of corrections) if (c.name !== undefined || c.type || c.description !== undefined) editEntity(work, c);
  for (const c of corrections) if (c.reviewed && findEntities(work.list, c.match).length > 0) work.used.add(c);
  warnUnused(work, corrections);
  return { entities: work.list.map((e) => tidyEntity(e, work.rank)), warnings: work.warnings };
}

/** The entities called `name`; if none is, the entities that have it as an alias. */
export function findEntities(list: readonly DraftEntity[], name: string): DraftEntity[] {
  const key = nameKey(name);
  const byName = list.filter((e) => nameKey(e.name) === key);
  return byName.length > 0 ? byName : list.filter((e) => e.aliases.some((a) => nameKey(a) === key));
}

function ignoreEntity(work: Work, c: Correction): void {
  const targets = findEntities(work.list, c.match);
  if (targets.length === 0) return;
  work.used.add(c);
  work.list = work.list.filter((e) => !targets.includes(e));
}

/** Fold everything found under the entry's name, its `merge` names and its `aliases` into one entity. */
function mergeEntities(work: Work, c: Correction): void {
  const own = findEntities(work.list, c.match);
  const merged = (c.merge ?? []).map((name) => ({ name, found: findEntities(work.list, name) }));
  for (const { name, found } of merged) {
    if (found.length === 0)
      warn(work, c.line, `"${c.match}": merge: no entity is called "${name}"; nothing merged for it`);
  }
  const extra = (c.aliases ?? []).flatMap((name) => findEntities(work.list, name));
  const group = [...new Set([...own, ...merged.flatMap((m) => m.found), ...extra])];
  if (group.length === 0) return;
  work.used.add(c);
  const primary = mostMentioned(own.length > 0 ? own : group);
  const result: DraftEntity = {
    ...primary,
    name: own.length > 0 ? primary.name : c.match,
    aliases: group.flatMap((e) => [e.name, ...e.aliases]).concat(c.match, c.aliases ?? []),
    mentions: group.flatMap((e) => e.mentions),
  };
  const geo = primary.geo ?? group.find((e) => e.geo)?.geo;
  if (geo) result.geo = geo;
  const description = primary.description ?? group.find((e) => e.description)?.description;
  if (description !== undefined) result.description = description;
  replaceGroup(work, group, result);
}

/** Put `result` where the first member of `group` was, and drop the rest of the group. */
function replaceGroup(work: Work, group: readonly DraftEntity[], result: DraftEntity): void {
  const at = work.list.findIndex((e) => group.includes(e));
  work.list = work.list.flatMap((e, i) => (i === at ? [result] : group.includes(e) ? [] : [e]));
}

function splitEntity(work: Work, c: Correction): void {
  const targets = findEntities(work.list, c.match);
  if (targets.length === 0) return;
  work.used.add(c);
  for (const split of c.split ?? []) {
    const moved = targets.reduce((n, source) => n + moveMentions(work, source, split), 0);
    if (moved === 0) {
      warn(
        work,
        split.line ?? c.line,
        `"${c.match}": split "${split.name}": no mention matches its ${describeFilter(split)}; nothing moved`,
      );
    }
  }
}

/** Move the mentions of `source` that the split selects to the entity called `split.name` (made if needed). Returns how many moved. */
function moveMentions(work: Work, source: DraftEntity, split: SplitCorrection): number {
  const moved = source.mentions.filter((m) => isSelected(m, split));
  if (moved.length === 0) return 0;
  source.mentions = source.mentions.filter((m) => !moved.includes(m));
  source.aliases = keptAliases(source, moved, split.name);
  const target = work.list.find((e) => e !== source && nameKey(e.name) === nameKey(split.name));
  if (target) {
    target.mentions = [...target.mentions, ...moved];
    target.aliases = [...target.aliases, ...moved.map((m) => m.text)];
    if (split.type) target.type = split.type;
  } else {
    const created: DraftEntity = {
      name: split.name,
      type: split.type ?? source.type,
      aliases: moved.map((m) => m.text),
      mentions: moved,
    };
    work.list.splice(work.list.indexOf(source) + 1, 0, created);
  }
  if (source.mentions.length === 0) work.list = work.list.filter((e) => e !== source);
  return moved.length;
}

/** A mention moves when it is in one of the `articles` and written like one of the `mentions` (each when given). */
function isSelected(mention: ResolvedMention, split: SplitCorrection): boolean {
  const inArticle = !split.articles || split.articles.some((ref) => isArticle(ref, mention.article));
  const written = !split.mentions || split.mentions.includes(mention.text);
  return inArticle && written;
}

/** An article reference is its id ("2019/peace-talks") or its source path, with or without "articles/" ("2019/Peace Talks.md"). */
export function isArticle(ref: string, id: string): boolean {
  const path = ref
    .trim()
    .replace(/\\/g, '/')
    .replace(/^\.?\//, '')
    .replace(/^articles\//, '');
  if (path === id) return true;
  const stem = path.replace(/\.(md|markdown|txt)$/i, '');
  return stem === id || stem.split('/').map(slugify).join('/') === id;
}

/** After a split, the source keeps only the aliases its remaining mentions (or its other names) still justify. */
function keptAliases(source: DraftEntity, moved: readonly ResolvedMention[], newName: string): string[] {
  const remaining = new Set(source.mentions.map((m) => nameKey(m.text)));
  const gone = new Set([...moved.map((m) => nameKey(m.text)), nameKey(newName)]);
  return source.aliases.filter((a) => remaining.has(nameKey(a)) || !gone.has(nameKey(a)));
}

function describeFilter(split: SplitCorrection): string {
  const parts = [
    split.articles && `articles [${split.articles.join(', ')}]`,
    split.mentions && `mentions [${split.mentions.join(', ')}]`,
  ];
  return parts.filter(Boolean).join(' and ');
}

/**
 * Rename (the old name becomes an alias), retype, describe. A rename or retype that would give the entity the
 * name and type of another entity (two pages of one name) is refused with a `RENAME_CONFLICT` warning: merging
 * is a decision the user writes as `merge:`. The same name with another type is allowed (its own section and URL).
 */
function editEntity(work: Work, c: Correction): void {
  const targets = findEntities(work.list, c.match);
  if (targets.length === 0) return;
  work.used.add(c);
  for (const entity of targets) {
    const name = c.name ?? entity.name;
    const type = c.type ?? entity.type;
    const other = work.list.find((e) => e !== entity && e.type === type && nameKey(e.name) === nameKey(name));
    if (other) warnConflict(work, c, entity, other);
    else {
      if (name !== entity.name) {
        entity.aliases = [...entity.aliases, entity.name];
        entity.name = name;
      }
      entity.type = type;
    }
    if (c.description !== undefined) entity.description = c.description;
  }
}

/** Why the rename or retype of `entity` was not done, and the `merge:` line that would do what was likely meant. */
function warnConflict(work: Work, c: Correction, entity: DraftEntity, other: DraftEntity): void {
  const change =
    c.name !== undefined && c.name !== entity.name
      ? `renaming "${entity.name}" to "${c.name}"`
      : `making "${entity.name}" a ${other.type}`;
  const kept = [c.name !== undefined && 'renamed', c.type && 'retyped'].filter(Boolean).join(' or ');
  work.warnings.push({
    code: 'RENAME_CONFLICT',
    file: work.file,
    line: c.line,
    message:
      `${change} would give it the name of another ${other.type}, "${other.name}"; not ${kept}. ` +
      `To make them one entity write "${other.name}:" with "merge: [${entity.name}]"`,
  });
}

function warnUnused(work: Work, corrections: readonly Correction[]): void {
  for (const c of corrections) {
    if (!work.used.has(c))
      warn(work, c.line, `no entity is called "${c.match}" (by name or alias): the correction was not applied`);
  }
}

function warn(work: Work, line: number, message: string): void {
  work.warnings.push({ code: 'CORRECTION_UNUSED', file: work.file, line, message });
}

function mostMentioned(entities: readonly DraftEntity[]): DraftEntity {
  return entities.reduce((best, e) => (e.mentions.length > best.mentions.length ? e : best));
}

function copyEntity(entity: DraftEntity): DraftEntity {
  return { ...entity, aliases: [...entity.aliases], mentions: [...entity.mentions] };
}

/** Aliases: one per name key, never the name, sorted. Mentions: one per span, in article order then by start. */
function tidyEntity(entity: DraftEntity, rank: ReadonlyMap<string, number>): DraftEntity {
  const nameKeyOf = nameKey(entity.name);
  const aliases = new Map<string, string>();
  for (const alias of entity.aliases) {
    const key = nameKey(alias);
    if (key && key !== nameKeyOf && !aliases.has(key)) aliases.set(key, alias);
  }
  const spans = new Map(entity.mentions.map((m) => [`${m.article}\u0000${m.start}\u0000${m.end}`, m]));
  const mentions = [...spans.values()].sort(
    (a, b) =>
      (rank.get(a.article) ?? Infinity) - (rank.get(b.article) ?? Infinity) || a.start - b.start || a.end - b.end,
  );
  return { ...entity, aliases: [...aliases.values()].sort(), mentions };
}

/**
 * The order of the articles, as the input gives it. Every entity lists its mentions in article order, and
 * `resolveEntities` gives the entities in the order of their first mention; so the articles are sorted
 * topologically by "comes before" in those sequences. Where nothing says which is first, the smaller id goes
 * first: ids are made from file paths and articles are read in path order.
 */
function rankArticles(entities: readonly DraftEntity[]): Map<string, number> {
  const articles = new Set<string>();
  const next = new Map<string, Set<string>>();
  const incoming = new Map<string, number>();
  const follow = (before: string | undefined, article: string) => {
    articles.add(article);
    if (before === undefined || before === article || next.get(before)?.has(article)) return;
    next.set(before, (next.get(before) ?? new Set()).add(article));
    incoming.set(article, (incoming.get(article) ?? 0) + 1);
  };
  const firsts = entities.flatMap((e) => (e.mentions[0] ? [e.mentions[0].article] : []));
  firsts.forEach((article, i) => {
    follow(firsts[i - 1], article);
  });
  for (const entity of entities) {
    entity.mentions.forEach((m, i) => {
      follow(entity.mentions[i - 1]?.article, m.article);
    });
  }
  return sortTopologically([...articles].sort(compareIds), next, incoming);
}

/** Kahn's algorithm; `nodes` sorted by id, which breaks ties. */
function sortTopologically(
  nodes: readonly string[],
  next: ReadonlyMap<string, Set<string>>,
  incoming: Map<string, number>,
): Map<string, number> {
  const rank = new Map<string, number>();
  const ready = nodes.filter((n) => !incoming.get(n));
  while (ready.length > 0) {
    const node = ready.shift()!;
    rank.set(node, rank.size);
    for (const after of next.get(node) ?? []) {
      const left = incoming.get(after)! - 1;
      incoming.set(after, left);
      if (left === 0) ready.push(after);
    }
    ready.sort(compareIds);
  }
  for (const node of nodes) if (!rank.has(node)) rank.set(node, rank.size); // a cycle: inconsistent input
  return rank;
}

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
