/**
 * Layer (after the tagger): a name and a longer name that starts with it ("Quillo" and "Quillo Pro", "Brantex" and
 * "Brantex Wallet") are one entity by default (a short form of the long one), but not when the document sets them
 * side by side as two things: "Quillo vs. Quillo Pro", "both Quillo and Quillo Pro", "Quillo Pro or Quillo". Then the
 * long name and its forms become an entity of their own, and the short one stays what it was (a company, its
 * product; a service, its edition).
 */
import type { DocContext } from '../analyse/analyseDocument.ts';

interface Occ {
  start: number;
  end: number;
  text: string;
}

interface ClusterLike<O extends Occ> {
  forms: Map<string, number>;
  occurrences: O[];
  roles: string[];
  place?: unknown;
}

const quote = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Does the text write the two forms side by side as two things ("A vs. A Pro", "A Pro and A")? */
function setApart(text: string, short: string, long: string): boolean {
  const joint = String.raw`\s*(?:,\s*)?(?:and|or|&|vs\.?|versus|v\.)\s+`;
  const [s, l] = [quote(short), quote(long)];
  const re = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${s}${joint}${l}|${l}${joint}${s})(?![\p{L}\p{N}])`, 'u');
  return re.test(text);
}

/** The clusters, with each long name set apart from its short form moved to a cluster of its own. */
export function splitEditions<O extends Occ, C extends ClusterLike<O>>(ctx: DocContext, clusters: C[]): C[] {
  const out: C[] = [];
  for (const c of clusters) {
    out.push(c);
    if (c.forms.size < 2 || c.place) continue;
    const forms = [...c.forms.keys()].sort((a, b) => a.length - b.length);
    for (const short of forms) {
      const long = forms.find((f) => f.startsWith(`${short} `) && c.forms.has(short) && setApart(ctx.text, short, f));
      if (!long) continue;
      const isLong = (text: string) => text === long || text.startsWith(`${long} `);
      const moved = c.occurrences.filter((o) => isLong(o.text));
      if (moved.length === 0 || moved.length === c.occurrences.length) continue;
      const movedForms = new Map([...c.forms].filter(([f]) => isLong(f)));
      for (const f of movedForms.keys()) c.forms.delete(f);
      c.occurrences.splice(0, c.occurrences.length, ...c.occurrences.filter((o) => !isLong(o.text)));
      out.push({ ...c, forms: movedForms, occurrences: moved, roles: [] });
    }
  }
  return out;
}
