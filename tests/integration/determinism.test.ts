import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hostileContent } from '../helpers/hostile.ts';
import { buildSite, type BuiltSite } from '../helpers/site.ts';

/** Every file of a site as "relative/path sha256", sorted. */
async function fingerprint(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const rows = await Promise.all(
    entries.map(async (e) => {
      const file = path.join(e.parentPath, e.name);
      return `${path.relative(dir, file).split(path.sep).join('/')} ${createHash('sha256')
        .update(await readFile(file))
        .digest('hex')}`;
    }),
  );
  return rows.sort();
}

describe('reproducible builds', () => {
  const sites: BuiltSite[] = [];
  let content: Awaited<ReturnType<typeof hostileContent>> | undefined;
  afterAll(async () => {
    await Promise.all(sites.map((s) => s.cleanup()));
    await content?.cleanup();
  });

  it('two builds of the same content into two folders are byte-identical, kb.json and the Pagefind index included', async () => {
    content = await hostileContent();
    sites.push(await buildSite(content.dir));
    sites.push(await buildSite(content.dir));
    const [a, b] = await Promise.all(sites.map((s) => fingerprint(s.dir)));
    expect(a!.length).toBeGreaterThan(50);
    for (const prefix of [
      'kb.json ',
      'index.html ',
      'pagefind/fragment/',
      'pagefind/index/',
      'pagefind/filter/',
      'pagefind/pagefind-entry.json ',
      'pagefind/pagefind.js ',
    ]) {
      expect(
        a!.some((row) => row.startsWith(prefix)),
        prefix,
      ).toBe(true);
    }
    expect(b).toEqual(a);
  }, 60_000);
});
