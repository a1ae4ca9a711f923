/**
 * A type per mention, inside one document: where a mention's own context settles its type against its entity's
 * (a dateline is a place even in a report where the town's name is its team's; "A at B" in a schedule names the
 * home team's town), that mention is split off into an entity of its own type in the document. The document
 * keeps one entity per reading ("Northam" the team, "Northam" the town); across documents, resolve joins them by
 * name as before.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import type { EntityType } from '../../core/types/common.ts';

interface MentionCluster<O> {
  type: EntityType;
  roles: string[];
  forms: Map<string, number>;
  occurrences: O[];
}

/**
 * Split off, from each cluster, the occurrences that `typeOf` gives another type than the cluster's; a cluster all
 * of whose occurrences agree on another type takes that type. Returns the clusters, with the new ones after them.
 */
export function splitByMention<O extends { first: number; last: number; text: string }, C extends MentionCluster<O>>(
  clusters: C[],
  typeOf: (c: C, o: O) => EntityType | undefined,
): C[] {
  const added: C[] = [];
  for (const c of clusters) {
    const byType = new Map<EntityType, O[]>();
    for (const o of c.occurrences) {
      const t = typeOf(c, o);
      if (t && t !== c.type) byType.set(t, [...(byType.get(t) ?? []), o]);
    }
    if (byType.size === 0) continue;
    const moved = new Set([...byType.values()].flat());
    if (moved.size === c.occurrences.length && byType.size === 1) {
      c.type = [...byType.keys()][0]!;
      continue;
    }
    for (const [type, occurrences] of byType)
      added.push({ ...c, type, roles: [], occurrences, forms: formsOf(occurrences) });
    c.occurrences = c.occurrences.filter((o) => !moved.has(o));
    c.forms = formsOf(c.occurrences);
  }
  return added.length === 0 ? clusters : [...clusters, ...added];
}

function formsOf(occurrences: readonly { text: string }[]): Map<string, number> {
  const forms = new Map<string, number>();
  for (const o of occurrences) forms.set(o.text, (forms.get(o.text) ?? 0) + 1);
  return forms;
}

/**
 * A dateline: a line that starts with the name in capitals and holds nothing but a date after it, or a region or
 * country and a date ("NORTHAM 2021-03-04", "NORTHAM , Kordova 2021-03-04").
 */
export function isDateline(ctx: DocContext, o: { first: number; last: number }): boolean {
  const t = ctx.tokens;
  // the region or country after the town: "NORTHAM , Kordova 2021-03-04"
  if (!t[o.first]?.lineStart)
    return t[o.first - 1]?.norm === ',' && townBefore(ctx, o.first - 1) && dateAfter(ctx, o.last);
  for (let i = o.first; i <= o.last; i++) if (t[i]!.kind === 'word' && !t[i]!.allCaps) return false;
  let end = o.last + 1;
  while (end < t.length && !t[end]!.lineStart) end++;
  const rest = t.slice(o.last + 1, end);
  if (rest.length === 0 || rest.at(-1)!.kind !== 'number') return false;
  if (rest.length <= 2 && rest[0]!.kind === 'number') return true;
  return rest[0]!.norm === ',' && rest.length <= 6 && rest.slice(1, -1).every((x) => x.kind === 'word' && x.cap);
}

/** The capitals of a town at a line's start before the comma at `comma`. */
function townBefore(ctx: DocContext, comma: number): boolean {
  const t = ctx.tokens;
  for (let i = comma - 1; i >= 0 && comma - i <= 4; i--) {
    if (t[i]!.kind !== 'word' || !t[i]!.allCaps) return false;
    if (t[i]!.lineStart) return true;
  }
  return false;
}

/** Nothing but a date after token `last` on its line. */
function dateAfter(ctx: DocContext, last: number): boolean {
  const t = ctx.tokens;
  const next = t[last + 1];
  if (!next || next.lineStart || next.kind !== 'number') return false;
  return !t[last + 2] || t[last + 2]!.lineStart;
}

/** Datelines are places, whatever the document makes of the name elsewhere. */
export function placeDatelines<O extends { first: number; last: number; text: string }, C extends MentionCluster<O>>(
  ctx: DocContext,
  clusters: C[],
): C[] {
  return splitByMention(clusters, (_c, o) => (isDateline(ctx, o) ? 'place' : undefined));
}
