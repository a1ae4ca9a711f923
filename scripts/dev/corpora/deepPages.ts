/**
 * Hostile saved pages, generated: a page whose article is nested thousands of elements deep, and a page whose
 * paragraph is one long run of character references. Used by the tests (tests/helpers/deepPages.ts) and by
 * `npm run bench:hostile-html`; all text is invented.
 */

const LEAD =
  'Kordova Vesnik opened the new harbour office in Port Eslin on Monday, the council said. The office will handle the ferry permits for the whole coast.';

/** The page around a body: a title, a canonical URL, the article's lead paragraph, then `body`. */
const pageAround = (title: string, body: string) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title} | Eslin Courier</title>
<link rel="canonical" href="https://courier.example/${title.toLowerCase().replace(/\W+/g, '-')}"></head>
<body><main><article><h1>${title}</h1>
<p>${LEAD}</p>
${body}
</article></main></body></html>`;

/** A page whose article holds `depth` nested elements (div, span, section in turn), a sentence of text at the bottom. */
export function deepPage(depth: number): string {
  const tags = ['div', 'span', 'section'];
  const open: string[] = [];
  const close: string[] = [];
  for (let i = 0; i < depth; i++) {
    const tag = tags[i % tags.length]!;
    open.push(`<${tag}>`);
    close.push(`</${tag}>`);
  }
  const inner = 'The harbour master of Port Eslin, Anika Rodell, signed the first permit at the bottom of the page.';
  return pageAround('Deep harbour notice', `${open.join('')}${inner}${close.reverse().join('')}`);
}

/** The sentence found at the bottom of `deepPage`. */
export const DEEP_TEXT = 'Anika Rodell, signed the first permit';

/** A page whose second paragraph is `count` character references (named, decimal and hex in turn) between words. */
export function referencePage(count: number): string {
  const refs = ['&amp;', '&#38;', '&#x26;', '&lt;', '&gt;'];
  const parts: string[] = ['Ferry tolls in Port Eslin:'];
  for (let i = 0; i < count; i++) parts.push(refs[i % refs.length]!);
  parts.push('end of the toll list.');
  return pageAround('Toll notice', `<p>${parts.join('')}</p>`);
}

/** The words found after the references of `referencePage`. */
export const REFERENCE_TEXT = 'end of the toll list.';

/** A page whose article is `count` short paragraphs, each with a link (a wide page, not a deep one). */
export function widePage(count: number): string {
  const paragraphs: string[] = [];
  for (let i = 0; i < count; i++)
    paragraphs.push(`<p>Ferry ${i} left <a href="/f/${i}">Port Eslin</a> at dawn with the mail for the coast.</p>`);
  return pageAround('Ferry log', paragraphs.join('\n'));
}
