/**
 * A place's or body's name with a possessive inside it is the name without it ("Quorn's Island" / "Quorn Island"):
 * the key of the name with "'s" dropped from every word but the last, for names of two words or more. A name ending
 * in a possessive ("Quorn's") keeps its own key only (a business named after its owner is not its owner).
 */
import { nameKey } from '../lang/keys.ts';

export function possessiveKeys(name: string): string[] {
  const words = nameKey(name).split(' ');
  if (words.length < 2) return [];
  const plain = words.map((w, k) => (k < words.length - 1 ? w.replace(/'s$/, '') : w));
  return plain.some((w, k) => w !== words[k]) ? [plain.join(' ')] : [];
}
