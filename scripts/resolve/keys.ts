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

/** Generational suffixes: "John Doe Jr." is another person than "John Doe", with the same surname. */
export const GENERATIONAL = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** The surname of a full name: its last word that is not a generational suffix. */
export const lastWord = (name: string): string => {
  const words = nameKey(name).replace(/,/g, ' ').split(' ').filter(Boolean);
  while (words.length > 1 && GENERATIONAL.has(words.at(-1)!)) words.pop();
  return words.at(-1) ?? '';
};
