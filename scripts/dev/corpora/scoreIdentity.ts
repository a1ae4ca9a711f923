/**
 * Scoring of cross-article identity against a corpus-level gold (data/corpus-gold/): one entry per
 * real-world entity with its type and every form it takes. Pure: texts and the knowledge base in, figures out.
 *
 * - Gold mentions: every whole-word, case-sensitive occurrence of a form in the documents it is allowed in,
 *   longest form first, never overlapping.
 * - A gold entity's page: the system entity holding most of its gold mentions (by overlap).
 * - Strict entity scoring: a gold entity is right when its page has its type, holds every one of its gold
 *   mentions the system found anywhere (no split), and holds no gold mention of another entity (no wrong merge).
 *   Every system page that is not the right page of a gold entity is a false positive.
 * - Mentions on the right page: the share of gold mentions found with their exact span on their entity's page.
 */
import type { EntityType } from '../../core/types/common.ts';

export interface GoldForm {
  form: string;
  docs?: string[];
}

export interface GoldEntity {
  id: string;
  type: EntityType;
  forms: (string | GoldForm)[];
  note?: string;
}

export interface GoldSet {
  name: string;
  /** Where the documents are: the open-news pool (the default) or the saved-pages sample (scripts/dev/corpora/webPageSample.ts). */
  source?: 'open-news' | 'web-pages';
  /** For `source: 'web-pages'`: which slice of the sample (default: the first 40 pages, the dev set). */
  sample?: { skip?: number; count?: number };
  /** A test set: never tuned on, so `bench:identity --errors` prints its figures but not its errors. */
  test?: boolean;
  description?: string;
  docs: { id: string; sha256: string }[];
  entities: GoldEntity[];
}

export interface SystemEntity {
  id: string;
  name: string;
  type: EntityType;
  mentions: { article: string; start: number; end: number; text: string }[];
}

export interface GoldMention {
  doc: string;
  start: number;
  end: number;
  entity: string;
}

export interface IdentityScore {
  gold: number;
  pages: number;
  right: number;
  precision: number;
  recall: number;
  f1: number;
  mentions: number;
  mentionsOnRightPage: number;
  mentionShare: number;
  /** Gold entities that came out wrong, with why. */
  errors: { entity: string; problem: string }[];
  /** System pages that are no gold entity's right page. */
  spurious: string[];
  /**
   * The `TOP` most-mentioned pages of each type, and those of them that are no gold entity's page at all (junk: a
   * product, a colour, a headline fragment…).
   */
  top: { type: EntityType; pages: number; junk: string[] }[];
}

/** How many of the most-mentioned pages of each type `top` looks at. */
export const TOP = 30;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every gold mention in the documents, longest form first, never overlapping. */
export function goldMentions(gold: GoldSet, texts: ReadonlyMap<string, string>): GoldMention[] {
  const forms = gold.entities.flatMap((e) =>
    e.forms.map((f) =>
      typeof f === 'string' ? { form: f, entity: e.id } : { form: f.form, docs: f.docs, entity: e.id },
    ),
  );
  forms.sort((a, b) => b.form.length - a.form.length);
  const out: GoldMention[] = [];
  for (const [doc, text] of texts) {
    const taken: GoldMention[] = [];
    for (const f of forms) {
      if (f.docs && !f.docs.includes(doc)) continue;
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(f.form)}(?![\\p{L}\\p{N}])`, 'gu');
      for (const m of text.matchAll(re)) {
        const start = m.index;
        const end = start + f.form.length;
        if (taken.some((t) => t.start < end && start < t.end)) continue;
        taken.push({ doc, start, end, entity: f.entity });
      }
    }
    out.push(...taken.sort((a, b) => a.start - b.start));
  }
  return out;
}

export function scoreIdentity(
  gold: GoldSet,
  texts: ReadonlyMap<string, string>,
  system: readonly SystemEntity[],
): IdentityScore {
  const mentions = goldMentions(gold, texts);
  const byDoc = new Map<string, GoldMention[]>();
  for (const m of mentions) {
    const list = byDoc.get(m.doc);
    if (list) list.push(m);
    else byDoc.set(m.doc, [m]);
  }
  // which gold mention each system mention overlaps, and exact hits
  const hits = new Map<string, Map<string, number>>(); // gold entity → system entity → overlapping mentions
  const goldOnPage = new Map<string, Map<string, number>>(); // system entity → gold entity → count
  const exact = new Set<string>(); // `${doc}:${start}:${end}:${system}`
  for (const s of system) {
    for (const m of s.mentions) {
      exact.add(`${m.article}:${m.start}:${m.end}:${s.id}`);
      for (const g of byDoc.get(m.article) ?? []) {
        if (g.start >= m.end || m.start >= g.end) continue;
        const h = hits.get(g.entity) ?? new Map<string, number>();
        h.set(s.id, (h.get(s.id) ?? 0) + 1);
        hits.set(g.entity, h);
        const p = goldOnPage.get(s.id) ?? new Map<string, number>();
        p.set(g.entity, (p.get(g.entity) ?? 0) + 1);
        goldOnPage.set(s.id, p);
      }
    }
  }
  const present = new Set(mentions.map((m) => m.entity));
  const goldEntities = gold.entities.filter((e) => present.has(e.id));
  const typeOf = new Map(system.map((s) => [s.id, s.type]));
  const pageOf = new Map<string, string>();
  const errors: IdentityScore['errors'] = [];
  const rightPages = new Set<string>();
  for (const g of goldEntities) {
    const h = hits.get(g.id);
    if (!h) {
      errors.push({ entity: g.id, problem: 'not found' });
      continue;
    }
    const [page] = [...h].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    pageOf.set(g.id, page);
    const problems: string[] = [];
    if (typeOf.get(page) !== g.type) problems.push(`typed ${typeOf.get(page)}`);
    if (h.size > 1) problems.push(`split over ${h.size} pages (${[...h.keys()].join(', ')})`);
    const others = [...(goldOnPage.get(page) ?? [])].filter(([e]) => e !== g.id).map(([e]) => e);
    if (others.length) problems.push(`merged with ${others.join(', ')}`);
    if (problems.length) errors.push({ entity: g.id, problem: problems.join('; ') });
    else rightPages.add(page);
  }
  const pages = new Set(system.filter((s) => s.mentions.some((m) => texts.has(m.article))).map((s) => s.id));
  const right = rightPages.size;
  const precision = pages.size ? right / pages.size : 0;
  const recall = goldEntities.length ? right / goldEntities.length : 0;
  const onRight = mentions.filter((m) => {
    const page = pageOf.get(m.entity);
    return page !== undefined && exact.has(`${m.doc}:${m.start}:${m.end}:${page}`);
  }).length;
  const spurious = [...pages].filter((p) => !rightPages.has(p) && ![...pageOf.values()].includes(p)).sort();
  return {
    gold: goldEntities.length,
    pages: pages.size,
    right,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    mentions: mentions.length,
    mentionsOnRightPage: onRight,
    mentionShare: mentions.length ? onRight / mentions.length : 0,
    errors,
    spurious,
    top: (['person', 'group', 'place'] as const).map((type) => {
      const ranked = system
        .filter((e) => e.type === type && pages.has(e.id))
        .map((e) => ({ e, n: e.mentions.filter((m) => texts.has(m.article)).length }))
        .sort((a, b) => b.n - a.n || (a.e.id < b.e.id ? -1 : 1))
        .slice(0, TOP);
      // junk: no gold mention at all on the page
      const junk = ranked.filter(({ e }) => !goldOnPage.has(e.id)).map(({ e }) => e.name);
      return { type, pages: ranked.length, junk };
    }),
  };
}
