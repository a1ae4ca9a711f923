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

/** "2021-03-04" → "4 March 2021". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
}

/** "2021-03" → "March 2021". */
export const formatMonth = (ym: string): string => `${MONTHS[Number(ym.slice(5, 7)) - 1]} ${ym.slice(0, 4)}`;
