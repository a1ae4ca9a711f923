/**
 * `npm run bench:hostile-html`: the time to read hostile saved pages (scripts/dev/corpora/deepPages.ts) at 1x, 2x and
 * 4x their size, to check that it grows linearly: a page nested 25,000 to 100,000 elements deep, a paragraph of
 * 35,000 to 140,000 character references, and a page of 25,000 to 100,000 paragraphs (50,000 to 200,000 elements: each
 * over the 50,000 given to Readability, so read as plain text). Each size is read as loadFiles reads a page (readPage, then
 * pageToArticle); the table gives the seconds, the characters of text kept and the warnings.
 *
 *   --scale N   multiply every size by N (default 1)
 */
import type { Warning } from '../../core/types/common.ts';
import { pageToArticle, readPage } from '../../load/readers/readHtml.ts';
import { deepPage, referencePage, widePage } from '../corpora/deepPages.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};
const scale = Number(arg('--scale') ?? 1);

const kinds: { name: string; unit: string; base: number; make: (n: number) => string }[] = [
  { name: 'nested elements', unit: 'levels', base: 25_000, make: deepPage },
  { name: 'character references in one paragraph', unit: 'references', base: 35_000, make: referencePage },
  { name: 'paragraphs with a link', unit: 'paragraphs', base: 25_000, make: widePage },
];

console.log('| page | size | HTML | seconds | ratio to 1x | text kept | warnings |');
console.log('|---|---|---|---|---|---|---|');
for (const kind of kinds) {
  let first: number | undefined;
  for (const times of [1, 2, 4]) {
    const n = Math.round(kind.base * times * scale);
    const html = kind.make(n);
    const warnings: Warning[] = [];
    const start = performance.now();
    const article = pageToArticle('bench.html', readPage(html), warnings);
    const seconds = (performance.now() - start) / 1000;
    first ??= seconds;
    const codes = [...new Set(warnings.map((w) => w.code))].join(', ') || 'none';
    console.log(
      `| ${kind.name} | ${n.toLocaleString('en')} ${kind.unit} | ${(html.length / 1e6).toFixed(2)} MB | ${seconds.toFixed(2)} | ${(seconds / first).toFixed(1)} | ${(article?.text.length ?? 0).toLocaleString('en')} | ${codes} |`,
    );
  }
}
