/**
 * Pure helpers for scoring entity extraction on CoNLL-2003 style data
 * (four columns `token POS chunk NER`, IOB tags, `-DOCSTART-` between documents,
 * blank line between sentences). See /work/shared/data/conll2003/README.md.
 */
import type { EntityType } from '../../core/types/common.ts';
import type { Extraction } from '../../core/types/extraction.ts';

export type GoldType = 'PER' | 'ORG' | 'LOC' | 'MISC';
export type ScoredType = 'PER' | 'ORG' | 'LOC';
export const SCORED_TYPES: readonly ScoredType[] = ['PER', 'ORG', 'LOC'];

export interface TypedSpan {
  start: number;
  end: number;
  type: string;
}

export interface ConllDoc {
  /** Sentences of tokens. */
  sentences: { token: string; tag: string }[][];
}

export interface Article {
  text: string;
  /** First line of the article (the first sentence). */
  firstLine: string;
  gold: TypedSpan[];
}

/** Split a CoNLL file into documents of sentences. Tolerates files with no -DOCSTART-. */
export function parseConll(raw: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let doc: ConllDoc | null = null;
  let sentence: { token: string; tag: string }[] = [];
  const flush = (): void => {
    if (sentence.length > 0) {
      if (!doc) {
        doc = { sentences: [] };
        docs.push(doc);
      }
      doc.sentences.push(sentence);
    }
    sentence = [];
  };
  for (const line of raw.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === '') {
      flush();
      continue;
    }
    const cols = trimmed.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      flush();
      doc = { sentences: [] };
      docs.push(doc);
      continue;
    }
    sentence.push({ token: cols[0]!, tag: cols[cols.length - 1]! });
  }
  flush();
  return docs.filter((d) => d.sentences.length > 0);
}

/** Join tokens with single spaces and sentences with a newline, and read gold spans (IOB1 or IOB2). */
export function toArticle(doc: ConllDoc): Article {
  const parts: string[] = [];
  const gold: TypedSpan[] = [];
  let pos = 0;
  let open: TypedSpan | null = null;
  const close = (): void => {
    if (open) gold.push(open);
    open = null;
  };
  doc.sentences.forEach((sentence, si) => {
    if (si > 0) {
      parts.push('\n');
      pos += 1;
    }
    close();
    sentence.forEach(({ token, tag }, ti) => {
      if (ti > 0) {
        parts.push(' ');
        pos += 1;
      }
      const start = pos;
      parts.push(token);
      pos += token.length;
      const m = /^([BI])-(\w+)$/.exec(tag);
      if (!m) {
        close();
        return;
      }
      const [, bio, type] = m as unknown as [string, string, string];
      if (bio === 'B' || !open || open.type !== type) {
        close();
        open = { start, end: pos, type };
      } else {
        open.end = pos;
      }
    });
    close();
  });
  const text = parts.join('');
  const nl = text.indexOf('\n');
  return { text, firstLine: nl < 0 ? text : text.slice(0, nl), gold };
}

const SPORT_WORDS = new Set([
  'SOCCER',
  'FOOTBALL',
  'CRICKET',
  'TENNIS',
  'GOLF',
  'RUGBY',
  'RUGBY UNION',
  'RUGBY LEAGUE',
  'BASEBALL',
  'BASKETBALL',
  'ICE HOCKEY',
  'HOCKEY',
  'BOXING',
  'ATHLETICS',
  'CYCLING',
  'MOTOR RACING',
  'MOTORCYCLING',
  'HORSE RACING',
  'SQUASH',
  'SWIMMING',
  'SAILING',
  'ROWING',
  'SKIING',
  'BADMINTON',
  'VOLLEYBALL',
  'HANDBALL',
  'SNOOKER',
  'CHESS',
  'FORMULA ONE',
  'NFL',
  'NBA',
  'NHL',
  'TRIATHLON',
  'JUDO',
  'WRESTLING',
]);

/**
 * Sport heading rule: the first line has the form `PREFIX - REST` where either PREFIX
 * (upper-cased) is a sport name from a small closed list, or PREFIX is one to three ALL-CAPS
 * words and REST has no lower-case letter (an all-caps sports-desk headline, e.g.
 * "BASKETBALLSOCCER - TROFEJ ..."). "PRESS DIGEST - Tunisia - Aug 31" is not a sport heading
 * because its REST is mixed case.
 */
export function isSportHeading(firstLine: string): boolean {
  const m = /^\s*([A-Za-z][A-Za-z ]{1,30}?)\s+-\s+(.*)$/.exec(firstLine);
  if (!m) return SPORT_WORDS.has(firstLine.trim().toUpperCase());
  const prefix = m[1]!.trim();
  const rest = m[2]!;
  if (SPORT_WORDS.has(prefix.toUpperCase())) return true;
  const allCapsPrefix = /^[A-Z]+(?: [A-Z]+){0,2}$/.test(prefix);
  return allCapsPrefix && !/\p{Ll}/u.test(rest) && /\p{Lu}/u.test(rest);
}

const TYPE_MAP: Record<EntityType, ScoredType> = { person: 'PER', group: 'ORG', place: 'LOC' };

/** Every mention of every entity as a typed span. */
export function predictedSpans(extraction: Extraction): TypedSpan[] {
  const out: TypedSpan[] = [];
  for (const e of extraction.entities) {
    for (const m of e.mentions) out.push({ start: m.start, end: m.end, type: TYPE_MAP[e.type] });
  }
  return out;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export type Tally = Record<ScoredType, Counts>;

export function emptyTally(): Tally {
  return { PER: { tp: 0, fp: 0, fn: 0 }, ORG: { tp: 0, fp: 0, fn: 0 }, LOC: { tp: 0, fp: 0, fn: 0 } };
}

export interface Judged {
  span: TypedSpan;
  verdict: 'tp' | 'fp' | 'fn' | 'ignored';
}

/**
 * Exact span + type matching. A prediction that overlaps a gold MISC span and no gold
 * PER/ORG/LOC span counts neither way. Adds into `tally`, returns each judgement.
 */
export function scoreDocument(gold: TypedSpan[], predicted: TypedSpan[], tally: Tally): Judged[] {
  const judged: Judged[] = [];
  const goldScored = gold.filter((g) => g.type !== 'MISC');
  const misc = gold.filter((g) => g.type === 'MISC');
  const key = (s: TypedSpan): string => `${s.start}:${s.end}:${s.type}`;
  const goldKeys = new Set(goldScored.map(key));
  const matched = new Set<string>();
  const overlaps = (a: TypedSpan, b: TypedSpan): boolean => a.start < b.end && b.start < a.end;
  for (const p of predicted) {
    const type = p.type as ScoredType;
    const k = key(p);
    if (goldKeys.has(k) && !matched.has(k)) {
      matched.add(k);
      tally[type].tp++;
      judged.push({ span: p, verdict: 'tp' });
    } else if (misc.some((g) => overlaps(g, p)) && !goldScored.some((g) => overlaps(g, p))) {
      judged.push({ span: p, verdict: 'ignored' });
    } else {
      tally[type].fp++;
      judged.push({ span: p, verdict: 'fp' });
    }
  }
  for (const g of goldScored) {
    if (!matched.has(key(g))) {
      tally[g.type as ScoredType].fn++;
      judged.push({ span: g, verdict: 'fn' });
    }
  }
  return judged;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export function prf(c: Counts): Prf {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, ...c };
}

export function total(t: Tally): Counts {
  const out = { tp: 0, fp: 0, fn: 0 };
  for (const type of SCORED_TYPES) {
    out.tp += t[type].tp;
    out.fp += t[type].fp;
    out.fn += t[type].fn;
  }
  return out;
}
