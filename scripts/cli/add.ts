/**
 * `npm run add -- URL...`: fetch each page, take its article (as a saved .html file is read), and save it as
 * content/articles/NAME.md with front matter (the source URL and the date it was fetched). Never overwrites a file.
 *
 *   --allow-private   allow private, loopback and link-local addresses (refused by default)
 *   --timeout S       seconds for each page, redirects included (default 20)
 *   --max-size MB     largest page accepted (default 10)
 *   --dir DIR         where to save (default $CONTENT_DIR/articles)
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultOptions, FetchError, fetchPage } from '../add/fetchPage.ts';
import { articleMarkdown, fileNameFor, writeNewFile } from '../add/saveArticle.ts';
import { readConfig } from '../config.ts';
import { DossierError } from '../core/errors.ts';
import type { Warning } from '../core/types/common.ts';
import { decodeHtml } from '../load/text/decodeHtml.ts';
import { judgePage, readPage } from '../load/readers/readHtml.ts';

const usage = 'usage: npm run add -- URL... [--allow-private] [--timeout SECONDS] [--max-size MB] [--dir DIR]';
let parsed: ReturnType<typeof parse>;
const parse = () =>
  parseArgs({
    allowPositionals: true,
    options: {
      'allow-private': { type: 'boolean', default: false },
      timeout: { type: 'string' },
      'max-size': { type: 'string' },
      dir: { type: 'string' },
    },
  });
try {
  parsed = parse();
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n${usage}\n`);
  process.exit(2);
}
const { values, positionals } = parsed;
const number = (value: string | undefined, name: string, fallback: number) => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) {
    process.stderr.write(`--${name} must be a positive number, not ${JSON.stringify(value)}\n${usage}\n`);
    process.exit(2);
  }
  return n;
};
if (positionals.length === 0) {
  process.stderr.write(`${usage}\n`);
  process.exit(2);
}
const options = {
  allowPrivate: values['allow-private'] ?? false,
  timeoutMs: number(values.timeout, 'timeout', defaultOptions.timeoutMs / 1000) * 1000,
  maxBytes: Math.round(number(values['max-size'], 'max-size', defaultOptions.maxBytes / 2 ** 20) * 2 ** 20),
};
let dir: string;
try {
  dir = values.dir ?? path.join(readConfig().contentDir, 'articles');
} catch (error) {
  process.stderr.write(`error: ${(error as Error).message}\n`);
  process.exit(2);
}

let failed = 0;
for (const url of positionals) {
  try {
    const fetched = await fetchPage(url, options);
    const decodeWarnings: Warning[] = [];
    const page = readPage(
      decodeHtml(fetched.body, { charset: fetched.charset, source: fetched.url, warnings: decodeWarnings }),
    );
    for (const w of decodeWarnings) process.stderr.write(`warning: ${w.file}: ${w.message}\n`);
    const judged = judgePage(page);
    if (judged !== 'article')
      throw new FetchError(
        `${fetched.url}: no article text found on the page (${judged === 'none' ? 'Readability found no body' : 'only menus, links, notices or a footer'}); nothing saved`,
      );
    const source = page.url ?? fetched.url;
    const file = await writeNewFile(
      dir,
      fileNameFor(page, fetched.url),
      articleMarkdown(page, source, new Date().toISOString().slice(0, 10)),
    );
    process.stdout.write(`saved ${path.relative(process.cwd(), file) || file}: ${page.title ?? '(no title)'}\n`);
  } catch (error) {
    failed++;
    if (error instanceof FetchError || error instanceof DossierError) process.stderr.write(`error: ${error.message}\n`);
    else process.stderr.write(`error: ${url}: ${(error as Error).message}\n`);
  }
}
process.exit(failed ? 1 : 0);
