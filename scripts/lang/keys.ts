/** How names are compared: case, accents, dots, apostrophe style and a leading "the" do not matter. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\./g, '')
    .replace(/[\s\-–—_]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

export const wordCount = (name: string): number => name.trim().split(/\s+/).length;

export { GENERATIONAL } from './lexicon.ts';

/** The words of a name as compared ("John Q. Roe, Jr." → john, q, roe, jr). */
export const nameWords = (name: string): string[] => nameKey(name).replace(/,/g, ' ').split(' ').filter(Boolean);
