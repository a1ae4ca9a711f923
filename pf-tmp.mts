// Pagefind's RSS while pages are added: node --import tsx /tmp/lean/pf.mts SITE
import { readdir, readFile } from 'node:fs/promises';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
const site = process.argv[2]!;
const { isIndexedPage } = await import('/work/wt-lean/scripts/write/indexSite.ts');
const files = (await readdir(site, { recursive: true })).filter(isIndexedPage).sort();
const kids = () => { let t = 0; for (const task of readdirSync(`/proc/${process.pid}/task`)) { let l=''; try { l = readFileSync(`/proc/${process.pid}/task/${task}/children`,'utf8'); } catch {} for (const c of l.split(' ').filter(Boolean)) { try { t += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${c}/status`,'utf8'))![1]) / 1024; } catch {} } } return t.toFixed(0); };
const { index } = await pagefind.createIndex({});
let bytes = 0;
for (const [i, f] of files.entries()) {
  const content = await readFile(path.join(site, f), 'utf8');
  bytes += content.length;
  await index!.addHTMLFile({ sourcePath: f, content });
  if (i % 500 === 0) console.log(i, 'pages', (bytes / 2**20).toFixed(0), 'MB html; pagefind rss', kids());
}
console.log('added all; pagefind rss', kids());
const t = setInterval(() => console.log('during getFiles', kids()), 200);
const out = await index!.getFiles();
clearInterval(t);
console.log('got', out.files.length, 'files; pagefind rss', kids(), 'node rss', (process.memoryUsage().rss/2**20).toFixed(0));
await pagefind.close();
