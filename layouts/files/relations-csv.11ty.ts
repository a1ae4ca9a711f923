import type { PageData } from '../parts/data.ts';
import { lookup } from '../parts/data.ts';

export const data = { permalink: '/graph/relations.csv', eleventyExcludeFromCollections: true };

/** A CSV field: quoted when it holds a comma, quote or line break; a leading =+-@ is defused for spreadsheets. */
export function csvField(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Every relation as CSV, for spreadsheets: names, types, URLs, counts and the first piece of evidence. */
export function render(d: PageData): string {
  const l = lookup(d);
  const rows = [
    [
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
    ],
  ];
  for (const r of d.site.relations) {
    const a = l.entity.get(r.source);
    const b = l.entity.get(r.target);
    if (!a || !b) continue;
    const ev = r.evidence[0];
    rows.push([
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
    ]);
  }
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
