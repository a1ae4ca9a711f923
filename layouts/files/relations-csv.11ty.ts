import type { PageData } from '../parts/data.ts';
import { lookup } from '../parts/data.ts';

export const data = { permalink: '/graph/relations.csv', eleventyExcludeFromCollections: true };

/** A CSV field: quoted when it holds a comma, quote or line break; a leading =+-@ is defused for spreadsheets. */
export function csvField(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The CSV's header row. */
const HEADER = [
  'source',
  'source_type',
  'target',
  'target_type',
  'weight',
  'sentences',
  'paragraphs',
  'articles',
  'source_url',
  'target_url',
  'example_article',
  'example_sentence',
];

/** Lines of the CSV gathered into one part of the file (parts of about 1 MB at 10,000 articles). */
const LINES_PER_PART = 4_000;

/**
 * Every relation as CSV, for spreadsheets: names, types, URLs, counts and the first piece of evidence. Each row is
 * made into its line at once (a CSV of 10,000 articles has some 275,000 rows: no array is kept per row).
 */
export function render(d: PageData): string {
  return [...renderParts(d)].join('');
}

/**
 * The CSV in parts of `LINES_PER_PART` lines each, made as they are asked for: joined they are `render`'s text. A
 * build writes them one after another (scripts/write/renderPages.ts), so that the whole file (77 MB at 10,000
 * articles, twice that as a string with one character past Latin-1) is never in memory at once.
 */
export function* renderParts(d: PageData): Generator<string> {
  const l = lookup(d);
  let lines = [HEADER.map(csvField).join(',')];
  for (const r of d.site.relations) {
    const a = l.entity.get(r.source);
    const b = l.entity.get(r.target);
    if (!a || !b) continue;
    const ev = r.evidence[0];
    lines.push(
      [
        a.name,
        a.type,
        b.name,
        b.type,
        String(r.weight),
        String(r.sentences),
        String(r.paragraphs),
        String(r.articles),
        a.url,
        b.url,
        ev?.article ?? '',
        ev?.sentence ?? '',
      ]
        .map(csvField)
        .join(','),
    );
    if (lines.length === LINES_PER_PART) {
      yield `${lines.join('\r\n')}\r\n`;
      lines = [];
    }
  }
  if (lines.length > 0) yield `${lines.join('\r\n')}\r\n`;
}
