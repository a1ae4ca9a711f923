/**
 * Blank out the parts of an article that are not prose, keeping the length and the line breaks,
 * so that offsets found in the result are offsets into the original.
 */
const HTML_TAG = /<\/?[A-Za-z][^>\n]*>/g; // raw HTML tags (shown as text, but not names)
const HTML_COMMENT = /<!--[\s\S]*?-->/g;

const MARKDOWN_NOT_PROSE: RegExp[] = [
  /^(?: {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n {0,3}\1[^\n]*|$)/gm, // fenced code
  /`+[^`\n]+`+/g, // code spans
  /\]\((?:[^()\n]|\([^()\n]*\))*\)/g, // link and image destinations (with one level of balanced parentheses)
  /^\s*\[[^\]\n]+\]:[^\n]*$/gm, // link reference definitions
  /<(?:https?:|mailto:)[^>\s]*>/g, // autolinks
  HTML_TAG,
  HTML_COMMENT,
];

function blank(text: string, patterns: readonly RegExp[]): string {
  let masked = text;
  for (const pattern of patterns) masked = masked.replace(pattern, (m) => m.replace(/[^\n]/g, ' '));
  return masked;
}

/** A Markdown body: code, link targets, autolinks and raw HTML blanked. */
export const maskMarkup = (body: string): string => blank(body, MARKDOWN_NOT_PROSE);

/** Plain text: only raw HTML tags and comments blanked. */
export const maskHtml = (text: string): string => blank(text, [HTML_TAG, HTML_COMMENT]);
