/** A fetched page as a Markdown article with front matter, written to a file that did not exist. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '../load/readers/readHtml.ts';
import { slugify } from '../core/slug.ts';

/**
 * Plain text that Markdown shows exactly as written: the characters that would start emphasis, code, a link,
 * HTML or an entity are escaped, and so is what would start a heading, quote, list or rule at the start of a line.
 */
export function escapeMarkdown(paragraph: string): string {
  return paragraph
    .replace(/[\\`*_[\]<>&|~]/g, (c) => `\\${c}`)
    .replace(/^(#|\+|-|=)/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** The article file: front matter (title, date, author, outlet, source, fetched), then the paragraphs. */
export function articleMarkdown(page: Page, source: string, fetched: string): string {
  const fields: [string, string | undefined][] = [
    ['title', page.title],
    ['date', page.date],
    ['author', page.author],
    ['outlet', page.outlet],
    ['source', source],
    ['fetched', fetched],
  ];
  // a JSON string is a valid YAML double-quoted scalar: any title is safe
  const front = fields
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${k === 'date' || k === 'fetched' ? v : JSON.stringify(v)}`);
  return `---\n${front.join('\n')}\n---\n${page.paragraphs.map(escapeMarkdown).join('\n\n')}\n`;
}

/** A file name for the page: its title as a slug, else the last part of its URL path. */
export function fileNameFor(page: Page, url: string): string {
  const fromUrl = decodeURIComponent(new URL(url).pathname.split('/').filter(Boolean).pop() ?? '').replace(
    /\.[a-z0-9]+$/i,
    '',
  );
  const slug = slugify(page.title ?? '') || slugify(fromUrl) || slugify(new URL(url).hostname) || 'article';
  return slug.slice(0, 80).replace(/-+$/, '');
}

/** Write `content` to DIR/NAME.md, or NAME-2.md… if that exists: never over an existing file. Returns the path. */
export async function writeNewFile(dir: string, name: string, content: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  for (let n = 1; n < 1000; n++) {
    const file = path.join(dir, `${name}${n === 1 ? '' : `-${n}`}.md`);
    try {
      await writeFile(file, content, { flag: 'wx' });
      return file;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new Error(`${name}.md and 998 numbered copies exist`);
}
