/**
 * Names in reference lists (rules/readCitations.ts reads the lines): each author of a citation is a person's mention,
 * written as the style writes it ("Roe JA", "Roe, J. A.", "J. A. Roe"), one entity per form in the document; the names
 * the tagger and the rules read in the rest of the line are mostly not names at all: journal abbreviations ("J Clin
 * Abbrev", "Ann Abbrev Med") read as people, link labels and identifiers ("PMID") as groups. So in a citation's body
 * the people and groups go, except a publisher's name written before the year ("Acme Press; 2001"), which is a group;
 * places stay where the title names them ("… in Quillby, Ruritania"), but not inside the venue's name. A name the text
 * writes elsewhere keeps its other mentions. Runs after the tagger, so its training is unchanged.
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import { lookupPlace } from '../../lang/gazetteer.ts';
import type { Classified } from './classifyCandidates.ts';
import { type Citation, readCitations, type TextSpan } from './readCitations.ts';
import type { Cluster } from './resolveDocAliases.ts';

export interface Options {
  /** Read reference lists (false: leave them to the other layers). */
  enabled: boolean;
  /** Person evidence of an author's mention. */
  weight: number;
}

export const defaultOptions: Options = { enabled: true, weight: 2 };

const overlaps = (a: TextSpan, b: TextSpan) => a.start < b.end && b.start < a.end;
const inside = (a: TextSpan, b: TextSpan) => a.start >= b.start && a.end <= b.end;

/**
 * What becomes of a name found in a citation's line: kept, dropped, or kept as a publisher (a group). In the body a
 * place stays only where the gazetteer knows it, or a known place follows it ("Quillby, Ruritania" in a title, not
 * "Purine Metabolism"), and it is no part of the venue's or the publisher's name.
 */
function fate(
  text: string,
  c: Cluster,
  o: TextSpan & { text: string },
  citation: Citation,
): 'keep' | 'drop' | 'publisher' {
  if (citation.authors.some((a) => overlaps(a, o))) return 'drop';
  if (!overlaps(citation.body, o)) return 'keep';
  if (citation.venue && overlaps(citation.venue, o)) return 'drop';
  if (citation.publisher && overlaps(citation.publisher, o))
    return c.type === 'place' || !inside(o, citation.publisher) ? 'drop' : 'publisher';
  return c.type === 'place' && (lookupPlace(o.text) || placedAfter(text, o.end)) ? 'keep' : 'drop';
}

/** Is the name followed by a comma and a place the gazetteer knows ("Quillby, Ruritania")? */
function placedAfter(text: string, end: number): boolean {
  const m = text.slice(end, end + 40).match(/^,\s*(\p{Lu}[\p{L}.]*)(?:\s+(\p{Lu}[\p{L}.]*))?/u);
  if (!m) return false;
  const one = m[1]!.replace(/\.$/u, '');
  return !!(lookupPlace(one) || (m[2] && !m[1]!.endsWith('.') && lookupPlace(`${one} ${m[2].replace(/\.$/u, '')}`)));
}

/** The index of the first token that starts at or after `at`, and of the last that ends at or before `end`. */
function tokenRange(ctx: DocContext, span: TextSpan): { first: number; last: number } {
  const { tokens } = ctx;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  let last = lo;
  while (last + 1 < tokens.length && tokens[last + 1]!.end <= span.end) last++;
  return { first: lo, last };
}

/** The clusters with the names of reference lists read as their shape says (see the file's comment). */
export function typeCitations(ctx: DocContext, clusters: Cluster[], options: Partial<Options> = {}): Cluster[] {
  const opts = { ...defaultOptions, ...options };
  if (!opts.enabled) return clusters;
  const citations = readCitations(ctx.text);
  if (citations.length === 0) return clusters;
  const lines = citations.map((c) => c.line);
  // the citation whose line holds a span (the lines are in order and do not overlap)
  const citationAt = (span: TextSpan): Citation | undefined => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (lines[mid]!.end <= span.start) lo = mid + 1;
      else if (lines[mid]!.start >= span.end) hi = mid - 1;
      else return citations[mid];
    }
    return undefined;
  };
  const out: Cluster[] = [];
  for (const c of clusters) {
    let publisher = false;
    const kept = c.occurrences.filter((o) => {
      const citation = citationAt(o);
      if (!citation) return true;
      const f = fate(ctx.text, c, o, citation);
      if (f === 'publisher') publisher = true;
      return f !== 'drop';
    });
    if (kept.length === 0) continue;
    if (kept.length === c.occurrences.length && !publisher) {
      out.push(c);
      continue;
    }
    const forms = new Map<string, number>();
    for (const o of kept) forms.set(o.text, (forms.get(o.text) ?? 0) + 1);
    out.push({ ...c, occurrences: kept, forms, type: publisher && c.type === 'person' ? 'group' : c.type });
  }
  const taken = out.flatMap((c) => c.occurrences);
  const publishers = citations.flatMap((c) =>
    c.publisher &&
    isPublisherName(ctx.text.slice(c.publisher.start, c.publisher.end)) &&
    !taken.some((o) => overlaps(o, c.publisher!))
      ? [c.publisher]
      : [],
  );
  return [
    ...out,
    ...namedClusters(
      ctx,
      citations.flatMap((c) => c.authors),
      'person',
      opts.weight,
    ),
    ...namedClusters(ctx, publishers, 'group', opts.weight),
  ];
}

/** Words a publisher's name leaves in lower case. */
const MINOR = new Set(['of', 'and', 'the', 'for', 'de', 'du', 'der', 'und', 'et', '&']);

/** A publisher's name: up to six words, capitalised but for a few minor ones, no digits ("Acme Press", "Quill & Sons"). */
function isPublisherName(text: string): boolean {
  const words = text.split(/\s+/u);
  return (
    words.length <= 6 &&
    !/\d/u.test(text) &&
    /^\p{Lu}/u.test(text) &&
    words.every((w) => /^\p{Lu}/u.test(w) || MINOR.has(w))
  );
}

/** One cluster of the type per form of the spans (authors, publishers). */
function namedClusters(
  ctx: DocContext,
  spans: readonly TextSpan[],
  type: 'person' | 'group',
  weight: number,
): Cluster[] {
  const byName = new Map<string, Cluster>();
  for (const a of spans) {
    const text = ctx.text.slice(a.start, a.end);
    const o: Classified = {
      ...tokenRange(ctx, a),
      start: a.start,
      end: a.end,
      text,
      headline: false,
      dateline: false,
      demonymGroup: false,
      scores: { person: type === 'person' ? weight : 0, group: type === 'group' ? weight : 0, place: 0 },
      source: 'rules',
    };
    const c = byName.get(text);
    if (c) {
      c.occurrences.push(o);
      c.forms.set(text, c.forms.get(text)! + 1);
      c.scores[type] += weight;
      continue;
    }
    byName.set(text, {
      forms: new Map([[text, 1]]),
      occurrences: [o],
      scores: { ...o.scores },
      type,
      name: text,
      roles: [],
    });
  }
  return [...byName.values()];
}
