/**
 * Count what `readPage` finds in a folder of saved pages (default: ../shared/data/web-pages/pages, read only):
 * pages with a date, with an implausible date passed over, titles with a character reference left, titles still
 * ending or starting with the site's name, and the outlets (per page, and after `unifyOutlets` groups pages by host).
 * Prints the figures and a sample of outlet names; writes nothing.
 *
 *   npx tsx scripts/dev/check/countPageMetadata.ts [folder]
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { readPage } from '../../load/readers/readHtml.ts';
import { nameKey } from '../../load/text/cleanTitle.ts';
import { decodeHtml } from '../../load/text/decodeHtml.ts';
import { hostOf, outletFault, unifyOutlets } from '../../load/text/nameOutlet.ts';

/** The figures counted. */
export interface PageFigures {
  pages: number;
  dated: number;
  implausible: number;
  titlesWithReferences: number;
  titlesWithSiteName: number;
  withOutlet: number;
  outlets: number;
  outletsByHost: number;
  hosts: number;
  faultyOutlets: string[];
  sample: string[];
}

/** Whether a title still has the outlet's or the host's name as its first or last part. */
function hasSiteName(title: string, outlet: string | undefined, host: string | undefined): boolean {
  const parts = title.split(/\s+[|\-–—]\s+/);
  if (parts.length < 2) return false;
  const keys = [outlet, host?.split('.')[0]].filter(Boolean).map((n) => nameKey(n!));
  return keys.some((k) => k === nameKey(parts[0]!) || k === nameKey(parts.at(-1)!));
}

/** The figures of every .html file in `dir`. */
export async function countPageMetadata(dir: string): Promise<PageFigures> {
  const files = (await readdir(dir)).filter((f) => /\.html?$/i.test(f)).sort();
  const read = [];
  for (const file of files) read.push(readPage(decodeHtml(await readFile(path.join(dir, file)))));
  const outlets = new Set(read.flatMap((p) => (p.outlet ? [p.outlet] : [])));
  const unified = unifyOutlets(read.map((p) => ({ format: 'html', ...p })));
  const byHost = new Set(unified.flatMap((p) => (p.outlet ? [p.outlet] : [])));
  return {
    pages: read.length,
    dated: read.filter((p) => p.date).length,
    implausible: read.filter((p) => p.implausibleDates?.length).length,
    titlesWithReferences: read.filter((p) => /&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);/i.test(p.title ?? '')).length,
    titlesWithSiteName: read.filter((p) => p.title && hasSiteName(p.title, p.outlet, hostOf(p.url))).length,
    withOutlet: read.filter((p) => p.outlet).length,
    outlets: outlets.size,
    outletsByHost: byHost.size,
    hosts: new Set(read.flatMap((p) => hostOf(p.url) ?? [])).size,
    faultyOutlets: [...outlets].filter((o) => outletFault(o)),
    sample: [...byHost].sort().filter((_, i) => i % 10 === 0),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? path.resolve('..', 'shared', 'data', 'web-pages', 'pages');
  console.log(JSON.stringify(await countPageMetadata(dir), null, 2));
}
