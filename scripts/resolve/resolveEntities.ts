import { assignSlugs } from '../slug.ts';
import type { Article, Correction, DocEntity, DraftEntity, EntityType, Extraction, ResolvedEntity, Warning } from '../types.ts';
import { ENTITY_TYPES } from '../types.ts';
import { applyCorrections } from './applyCorrections.ts';
import { lastWord, nameKey, wordCount } from './keys.ts';

export interface ExtractedArticle {
  article: Article;
  extraction: Extraction;
}

export interface Resolved {
  entities: ResolvedEntity[];
  warnings: Warning[];
}

export interface Options {
  corrections: readonly Correction[];
  correctionsFile: string;
}

export const defaultOptions: Options = { corrections: [], correctionsFile: 'entities.yaml' };

interface Node {
  article: string;
  order: number;
  entity: DocEntity;
}

/**
 * Merge the per-article entities into one entity per real-world thing:
 * - entities sharing a name or alias merge (for people, only full names count, so two
 *   people who share a surname stay apart);
 * - a person known by one name only joins the one person, if exactly one, whose full name ends with it;
 * then apply the user's corrections and give every entity a stable id.
 */
export function resolveEntities(extracted: readonly ExtractedArticle[], options: Partial<Options> = {}): Resolved {
  const opts = { ...defaultOptions, ...options };
  const nodes: Node[] = extracted.flatMap(({ article, extraction }, order) =>
    extraction.entities.map((entity) => ({ article: article.id, order, entity })),
  );
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

  const owner = new Map<string, number>();
  nodes.forEach((node, i) => {
    for (const key of mergeKeys(node.entity)) {
      const seen = owner.get(key);
      if (seen === undefined) owner.set(key, i);
      else union(seen, i);
    }
  });

  // A person named by one word joins the single person whose full name ends with it.
  const fullBySurname = new Map<string, Set<number>>();
  nodes.forEach((node, i) => {
    if (node.entity.type === 'person' && wordCount(node.entity.name) > 1) {
      const set = fullBySurname.get(lastWord(node.entity.name)) ?? new Set<number>();
      set.add(i);
      fullBySurname.set(lastWord(node.entity.name), set);
    }
  });
  nodes.forEach((node, i) => {
    if (node.entity.type !== 'person' || wordCount(node.entity.name) > 1) return;
    const candidates = fullBySurname.get(nameKey(node.entity.name));
    if (!candidates) return;
    const roots = new Set([...candidates].map(find));
    if (roots.size === 1) union(i, [...roots][0]!);
  });

  const clusters = new Map<number, Node[]>();
  nodes.forEach((node, i) => {
    const root = find(i);
    clusters.set(root, [...(clusters.get(root) ?? []), node]);
  });
  const drafts = [...clusters.values()].map(toDraft);
  const { entities, warnings } = applyCorrections(drafts, opts.corrections, opts.correctionsFile);
  return { entities: withIds(entities), warnings };
}

function mergeKeys(entity: DocEntity): string[] {
  const names = [entity.name, ...entity.aliases];
  const usable = entity.type === 'person' ? names.filter((n, i) => i === 0 || wordCount(n) > 1) : names;
  return [...new Set(usable.map(nameKey).filter(Boolean))];
}

function toDraft(nodes: Node[]): DraftEntity {
  const weight = new Map<EntityType, number>();
  const nameVotes = new Map<string, number>();
  const forms = new Map<string, string>();
  let geo: DraftEntity['geo'];
  for (const { entity } of nodes) {
    weight.set(entity.type, (weight.get(entity.type) ?? 0) + entity.mentions.length);
    nameVotes.set(entity.name, (nameVotes.get(entity.name) ?? 0) + entity.mentions.length);
    for (const form of [entity.name, ...entity.aliases, ...entity.mentions.map((m) => m.text)]) {
      const key = nameKey(form);
      if (!forms.has(key)) forms.set(key, form);
    }
    geo ??= entity.geo;
  }
  const type = [...weight].sort((a, b) => b[1] - a[1])[0]![0];
  const name = [...nameVotes].sort(
    ([a, votesA], [b, votesB]) =>
      votesB - votesA || Number(isShouted(a)) - Number(isShouted(b)) || wordCount(b) - wordCount(a) || b.length - a.length || (a < b ? -1 : 1),
  )[0]![0];
  const aliases = [...forms.values()].filter((f) => nameKey(f) !== nameKey(name) && !isPossessiveOf(f, name)).sort();
  const mentions = nodes
    .flatMap(({ article, order, entity }) => entity.mentions.map((m) => ({ order, mention: { ...m, article } })))
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
function withIds(entities: DraftEntity[]): ResolvedEntity[] {
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
    for (const [key, slug] of assignSlugs(ofType)) slugs.set(key, slug);
  }
  const typesBySlug = new Map<string, number>();
  for (const slug of slugs.values()) typesBySlug.set(slug, (typesBySlug.get(slug) ?? 0) + 1);
  return entities
    .map((e, i) => {
      const slug = slugs.get(keys[i]!)!;
      return { id: typesBySlug.get(slug)! > 1 ? `${slug}-${e.type}` : slug, slug, ...e };
    })
    .sort((a, b) => b.mentions.length - a.mentions.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
