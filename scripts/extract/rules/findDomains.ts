/**
 * A web site named by its domain ("read it on quillo.com", a credit line "vornblog.net" under a list) is a group's
 * name (guidelines: websites are ORG), however it is cased: the tagger, trained on news, misses the lower-case ones.
 * A domain written as a name of its own (no path after it, no scheme or "@" before it: a link's or an e-mail's
 * address is no mention) that neither the tagger nor the rules took becomes a group's mention; the identity layer
 * joins it to the outlet it names (resolve/joinDomains.ts). Runs after the tagger, so its training is unchanged.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import type { Cluster } from './resolveDocAliases.ts';
import { addOccurrence, clusterOf, ruleMention } from './ruleClusters.ts';

export interface Options {
  /** Find domains written as names (false: not at all). */
  enabled: boolean;
  /** Group evidence of a mention found this way. */
  weight: number;
}

export const defaultOptions: Options = { enabled: true, weight: 1 };

/**
 * A host name: labels of letters, digits and hyphens, then a top-level domain of sites (not of files: ".py", ".js",
 * ".md" name files, and ".io" as often a library as a site), with nothing of an address around it: no port or
 * module after it ("connect = quillo.com:273", "rsync quillo.com::share" name a host, not a site).
 */
const DOMAIN =
  /(?<![\p{L}\p{N}@./:\\_-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|net|org|edu|gov|info|biz|co\.uk|org\.uk|ac\.uk|com\.au|co\.nz))(?![\p{L}\p{N}/@_-]|\.[\p{L}\p{N}]|:[\d:])/giu;

/** The clusters, and one more for each domain written as a name outside their occurrences. */
export function findDomains(ctx: DocContext, clusters: Cluster[], options: Partial<Options> = {}): Cluster[] {
  const opts = { ...defaultOptions, ...options };
  if (!opts.enabled || !ctx.text.includes('.')) return clusters;
  const { tokens, text } = ctx;
  // most documents name no domain: the token tables are made only for one that does (matchAll starts at lastIndex)
  DOMAIN.lastIndex = 0;
  const any = DOMAIN.test(text);
  DOMAIN.lastIndex = 0;
  if (!any) return clusters;
  const firstAt = new Map<number, number>();
  const lastAt = new Map<number, number>();
  tokens.forEach((t, i) => {
    firstAt.set(t.start, i);
    lastAt.set(t.end, i);
  });
  const covered = new Uint8Array(tokens.length);
  for (const c of clusters) for (const o of c.occurrences) covered.fill(1, o.first, o.last + 1);
  // the document's names by their lower-case forms, for a domain to join the cluster that already holds it
  const byName = new Map<string, Cluster>();
  for (const c of clusters) for (const f of c.forms.keys()) byName.set(f.toLowerCase(), c);
  const added: Cluster[] = [];
  for (const m of text.matchAll(DOMAIN)) {
    const name = m[1]!;
    const first = firstAt.get(m.index);
    const last = lastAt.get(m.index + name.length);
    if (first === undefined || last === undefined || covered.subarray(first, last + 1).some((x) => x)) continue;
    // a version or a number ("v1.2.com" is none), and an e-mail or a link's address around it
    if (!/\p{L}/u.test(name.slice(0, name.lastIndexOf('.')))) continue;
    const o = ruleMention(
      ctx,
      first,
      last,
      { person: 0, group: opts.weight, place: 0 },
      m.index,
      m.index + name.length,
    );
    // a site's subdomain ("amp.quillo.com", "www.quillo.com") joins the site's name in the document
    const c = hosts(name)
      .map((h) => byName.get(h))
      .find((x) => x !== undefined);
    if (c) {
      addOccurrence(c, o);
      continue;
    }
    const cluster = clusterOf(o, 'group');
    byName.set(name.toLowerCase(), cluster);
    added.push(cluster);
  }
  return added.length === 0 ? clusters : [...clusters, ...added];
}

/** A host name and the names of the sites it belongs to: "amp.quillo.com", "quillo.com" (never a bare "com"). */
function hosts(name: string): string[] {
  const labels = name.toLowerCase().split('.');
  const out: string[] = [];
  for (let i = 0; labels.length - i >= 2; i++) out.push(labels.slice(i).join('.'));
  // "quillo.co.uk" is a site's, "co.uk" is not
  return out.filter((h) => !/^(?:co|org|ac|com)\.(?:uk|au|nz)$/.test(h));
}
