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

export const lastWord = (name: string): string => nameKey(name).split(' ').at(-1) ?? '';
