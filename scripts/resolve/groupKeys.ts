/**
 * Other ways of writing a group's name that name the same body, as merge keys: the word order of "<Head> of <Name>"
 * ("Party of Regions" / "Regions Party", "Ministry of Finance" / "Finance Ministry"), a stance glued on before the
 * name ("pro-Zorblat Party of Regions"), and a party's name with or without "Party" when two words or more are left
 * ("Quorvel National Congress Party" / "Quorvel National Congress").
 */
import { nameKey } from '../lang/keys.ts';
import { ORG_HEADS } from '../lang/lexicon.ts';

/** A stance written before a name with a hyphen: "pro-Zorblat", "anti-Quorvel". */
const STANCE = /^(?:pro|anti)-\p{L}+\s+/iu;

/** The extra merge keys of a group's name (without its own key). */
export function groupKeyVariants(name: string): string[] {
  const out = new Set<string>();
  const plain = nameKey(name.replace(STANCE, ''));
  const words = plain.split(' ');
  if (words.length < 2) return [];
  if (STANCE.test(name)) out.add(plain);
  // "<head> of <one or two words>" → "<words> <head>"
  if (words.length <= 4 && words[1] === 'of' && ORG_HEADS.has(words[0]!))
    out.add(`${words.slice(2).join(' ')} ${words[0]}`);
  if (words.length >= 3 && words.at(-1) === 'party') out.add(words.slice(0, -1).join(' '));
  out.delete(nameKey(name));
  return [...out];
}
