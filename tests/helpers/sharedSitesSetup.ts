import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * The browser project's global setup: a temp folder for the sites its test files share (tests/helpers/
 * sharedSites.ts builds each there when a file first asks for it), removed with every site in it when the run ends,
 * unless KEEP_TEST_SITES=1, which leaves them and says where (to look at what a test saw, take screenshots of it or
 * run `npm run bench:search -- --site DIR` on it).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = await mkdtemp(path.join(tmpdir(), 'dossier-shared-sites-'));
  project.provide('sharedSites', root);
  return async () => {
    const keep = process.env.KEEP_TEST_SITES === '1';
    for (const name of readdirSync(root)) {
      const ready = path.join(root, name, 'ready.json');
      if (!existsSync(ready)) continue;
      // buildSite writes each site into a temp folder of its own, <tmp>/site
      const { dir } = JSON.parse(readFileSync(ready, 'utf8')) as { dir: string };
      if (keep) console.log(`KEEP_TEST_SITES: the ${name} site is in ${dir}`);
      else await rm(path.dirname(dir), { recursive: true, force: true });
    }
    if (!keep) await rm(root, { recursive: true, force: true });
  };
}
