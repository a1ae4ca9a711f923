import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A content folder of real news for tests, written to a temp folder at test time from
 * ../shared/data/open-news/docs.jsonl (public-domain VOA and CC BY 2.5 Wikinews texts). The texts are
 * never copied into the repository: only this recipe (which documents, in which order) is.
 */
export const OPEN_NEWS = path.resolve(import.meta.dirname, '../../../shared/data/open-news/docs.jsonl');
const FALLBACK = '/work/shared/data/open-news/docs.jsonl';

export const openNewsFile = (): string | undefined => [OPEN_NEWS, FALLBACK].find((f) => existsSync(f));

interface Doc {
  id: string;
  source: string;
  date: string | null;
  title: string | null;
  text: string;
}

const OUTLET: Record<string, string> = {
  'Wikinews (via GUM)': 'Wikinews',
  'VOA News newscast (2020-21)': 'Voice of America',
  'VOA Learning English (2021)': 'VOA Learning English',
  'VOA news (via GMB)': 'Voice of America',
};

/** How many documents of each source: dated newscasts and Wikinews, a few Learning English, a few undated VOA stories. */
const MIX: [string, number][] = [
  ['VOA News newscast (2020-21)', 24],
  ['Wikinews (via GUM)', 14],
  ['VOA Learning English (2021)', 6],
  ['VOA news (via GMB)', 8],
];

/** Write `total` (≥ 50 by default: 52) open-news articles as Markdown with front matter into a temp content folder. */
export async function openNewsContent(): Promise<{ dir: string; count: number; cleanup: () => Promise<void> }> {
  const file = openNewsFile();
  if (!file) throw new Error(`open-news corpus not found at ${OPEN_NEWS}`);
  const docs = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Doc);
  const chosen: Doc[] = [];
  for (const [source, n] of MIX) {
    // every k-th document of the source, so the picks spread over its dates and topics
    const all = docs.filter((d) => d.source === source && d.text.length > 600);
    const step = Math.max(1, Math.floor(all.length / n));
    for (let i = 0; i < all.length && chosen.filter((d) => d.source === source).length < n; i += step)
      chosen.push(all[i]!);
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'dossier-open-news-'));
  await mkdir(path.join(dir, 'articles'), { recursive: true });
  for (const doc of chosen) {
    const front = [
      '---',
      `title: ${JSON.stringify(doc.title ?? `${doc.text.split(/\s+/).slice(0, 9).join(' ')}…`)}`,
      ...(doc.date ? [`date: ${doc.date}`] : []),
      `outlet: ${OUTLET[doc.source] ?? doc.source}`,
      '---',
    ].join('\n');
    await writeFile(path.join(dir, 'articles', `${doc.id}.md`), `${front}\n${doc.text}\n`);
  }
  return { dir, count: chosen.length, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
