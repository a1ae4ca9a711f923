/**
 * Layer (after the tagger, per document): a university's campus is part of its name. "University of X at Y", where Y
 * is a name the document reads as a place ("the University of Quillby at Norbury"), and "University of X, Y" where
 * the open gazetteer of organisations lists the whole name ("University of Quillby, Norbury"), are one group's
 * name, not a group and a place. Each joined occurrence goes to a group of its own (one per campus), the place's
 * occurrence leaves its entity.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import type { Classified } from './classifyCandidates.ts';
import type { Cluster } from './resolveDocAliases.ts';
import { type OrgGazetteer, orgKey, organisations } from '../../lang/organisations.ts';

export interface Options {
  /** The gazetteer to look names up in: the shipped one, or a small one a test makes. */
  gazetteer: () => OrgGazetteer;
  /** Longest campus name after a comma that is looked up, in tokens. */
  maxTokens: number;
}

export const defaultOptions: Options = { gazetteer: organisations, maxTokens: 4 };

/** Head words of a body that has campuses. */
const CAMPUS_HEADS = new Set(['university', 'college', 'institute', 'polytechnic']);

interface Join {
  cluster: Cluster;
  occurrence: Classified;
  last: number;
  /** The place's occurrence taken into the name, if the document had one there. */
  taken?: { cluster: Cluster; occurrence: Classified };
}

/** The clusters, with each university's occurrence followed by its campus joined into one group of its own. */
export function joinCampusNames(ctx: DocContext, clusters: Cluster[], options: Partial<Options> = {}): Cluster[] {
  const opts = { ...defaultOptions, ...options };
  const t = ctx.tokens;
  const byFirst = new Map<number, { cluster: Cluster; occurrence: Classified }>();
  for (const cluster of clusters)
    for (const occurrence of cluster.occurrences) byFirst.set(occurrence.first, { cluster, occurrence });
  const joins: Join[] = [];
  for (const cluster of clusters) {
    for (const o of cluster.occurrences) {
      if (!hasCampusHead(ctx, o)) continue;
      const sep = t[o.last + 1];
      if (!sep || !t[o.last + 2]?.cap) continue;
      const next = byFirst.get(o.last + 2);
      if (sep.lower === 'at') {
        if (next?.cluster.type === 'place' && next.cluster !== cluster)
          joins.push({ cluster, occurrence: o, last: next.occurrence.last, taken: next });
      } else if (sep.norm === ',') {
        const last = listedCampus(ctx, o, opts);
        if (last === undefined) continue;
        const taken = next && next.occurrence.last <= last && next.cluster !== cluster ? next : undefined;
        joins.push({ cluster, occurrence: o, last, ...(taken ? { taken } : {}) });
      }
    }
  }
  if (joins.length === 0) return clusters;
  const byName = new Map<string, Cluster>();
  const added: Cluster[] = [];
  for (const j of joins) {
    remove(j.cluster, j.occurrence);
    if (j.taken) remove(j.taken.cluster, j.taken.occurrence);
    const end = t[j.last]!.end;
    const text = ctx.text.slice(j.occurrence.start, end);
    const o: Classified = { ...j.occurrence, last: j.last, end, text };
    const known = byName.get(orgKey(text));
    if (known) {
      known.occurrences.push(o);
      known.forms.set(text, (known.forms.get(text) ?? 0) + 1);
      continue;
    }
    const c: Cluster = {
      forms: new Map([[text, 1]]),
      occurrences: [o],
      scores: { person: 0, group: 1, place: 0 },
      type: 'group',
      name: text,
      roles: [],
    };
    byName.set(orgKey(text), c);
    added.push(c);
  }
  return [...clusters.filter((c) => c.occurrences.length > 0), ...added];
}

/** Is the occurrence a university's name ("University of X", "X College")? */
function hasCampusHead(ctx: DocContext, o: Classified): boolean {
  for (let i = o.first; i <= o.last; i++) if (CAMPUS_HEADS.has(ctx.tokens[i]!.lower)) return true;
  return false;
}

/** The last token of the longest "<name>, <campus>" the gazetteer lists, over capitalised words after the comma. */
function listedCampus(ctx: DocContext, o: Classified, opts: Options): number | undefined {
  const t = ctx.tokens;
  const gazetteer = opts.gazetteer();
  let found: number | undefined;
  for (let j = o.last + 2; j < t.length && j <= o.last + 1 + opts.maxTokens; j++) {
    const u = t[j]!;
    if (u.lineStart) break;
    if (u.kind === 'word' ? !u.cap : u.text !== '-') break;
    if (u.kind === 'word' && gazetteer.has(orgKey(ctx.text.slice(o.start, u.end)))) found = j;
  }
  return found;
}

/** Take an occurrence out of its cluster, with its form's count. */
function remove(cluster: Cluster, o: Classified): void {
  const i = cluster.occurrences.indexOf(o);
  if (i < 0) return;
  cluster.occurrences.splice(i, 1);
  const n = (cluster.forms.get(o.text) ?? 0) - 1;
  if (n > 0) cluster.forms.set(o.text, n);
  else cluster.forms.delete(o.text);
}
