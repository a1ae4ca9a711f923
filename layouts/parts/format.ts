import { plural } from '../../scripts/core/text/plural.ts';

/** A relation's weight: whole numbers as they are, fractions to two places ("1.25", "0.5"). */
export const formatWeight = (w: number): string => (Number.isInteger(w) ? String(w) : w.toFixed(2).replace(/0$/, ''));

/** How strongly two entities are related, in words: "named together in 3 sentences, 2 articles". */
export function relationWords(r: { sentences: number; paragraphs: number; articles: number }): string {
  const where = r.sentences
    ? `${plural(r.sentences, 'sentence')}${r.paragraphs ? ` and ${plural(r.paragraphs, 'paragraph')}` : ''}`
    : `the same ${r.paragraphs === 1 ? 'paragraph' : `${r.paragraphs} paragraphs`}`;
  return `named together in ${where}, ${plural(r.articles, 'article')}`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Year, month and day of "YYYY-MM-DD" or "YYYY-MM"; undefined when the month or day is out of range. */
function dateParts(iso: string): { year: string; month: string; day?: number } | undefined {
  const match = /^(\d{1,6})-(\d{1,2})(?:-(\d{1,2}))?/.exec(iso);
  if (!match) return undefined;
  const month = MONTHS[Number(match[2]) - 1];
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (!month || (day !== undefined && (day < 1 || day > 31))) return undefined;
  // years before 1000 keep four digits, so a placeholder such as 0001-01-01 reads as one ("1 January 0001")
  return { year: match[1]!.padStart(4, '0'), month, ...(day !== undefined ? { day } : {}) };
}

/** "2021-03-04" → "4 March 2021" ("2021-03" → "March 2021"); text that is not such a date is returned as it is. */
export function formatDate(iso: string): string {
  const p = dateParts(iso);
  if (!p) return iso;
  return p.day === undefined ? `${p.month} ${p.year}` : `${p.day} ${p.month} ${p.year}`;
}

/** "2021-03" → "March 2021"; text that is not such a month is returned as it is. */
export function formatMonth(ym: string): string {
  const p = dateParts(ym);
  return p ? `${p.month} ${p.year}` : ym;
}
