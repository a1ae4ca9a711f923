/**
 * A body named in two word orders with a head of two or three words: "Economic Court of the Vellan Region" and
 * "Vellan Region Economic Court", "Central Bank of Eslandia" and "Eslandia Central Bank": the key of the "<place>
 * <head>" order for the "<head> of [the] <place>" one (groupKeys.ts does one-word heads). Schools are left alone:
 * "University of X" and "X University" are often two.
 */
import { nameKey } from '../lang/keys.ts';
import { ORG_HEADS } from '../lang/lexicon.ts';

const SCHOOLS = new Set(['university', 'college', 'school', 'academy', 'institute']);

export function wordOrderKeys(name: string): string[] {
  const words = nameKey(name).split(' ');
  const of = words.indexOf('of');
  if (of < 2 || of > 3) return [];
  const head = words.slice(0, of);
  let rest = words.slice(of + 1);
  if (rest[0] === 'the') rest = rest.slice(1);
  if (rest.length < 1 || rest.length > 2 || rest.includes('of') || rest.includes('and')) return [];
  if (!ORG_HEADS.has(head.at(-1)!) || head.some((w) => SCHOOLS.has(w))) return [];
  return [`${rest.join(' ')} ${head.join(' ')}`];
}
