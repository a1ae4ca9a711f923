/**
 * Blank out the parts of a Markdown body that are not prose, keeping the length and the
 * line breaks, so that offsets found in the result are offsets into the original.
 */
const NOT_PROSE: RegExp[] = [
  /^(?: {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n {0,3}\1[^\n]*|$)/gm, // fenced code
  /`+[^`\n]+`+/g, // code spans
  /\]\([^)\n]*\)/g, // link and image destinations
  /^\s*\[[^\]\n]+\]:[^\n]*$/gm, // link reference definitions
  /<(?:https?:|mailto:)[^>\s]*>/g, // autolinks
  /<\/?[A-Za-z][^>\n]*>/g, // raw HTML tags (shown as text, but not names)
  /<!--[\s\S]*?-->/g, // HTML comments
];

export function maskMarkup(body: string): string {
  let masked = body;
  for (const pattern of NOT_PROSE) {
    masked = masked.replace(pattern, (m) => m.replace(/[^\n]/g, ' '));
  }
  return masked;
}
