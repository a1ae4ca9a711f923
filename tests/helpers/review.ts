import { type ChildProcess, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from './site.ts';

/**
 * A small content folder for the review mode, in our own words with invented names: two people called Dravesk and
 * an article that names only "Dravesk" (a review item), a harbour authority spelt two ways, a port city, and an
 * entities.yaml with the user's own comment, which every edit must keep.
 */
export const REVIEW_ARTICLES: Record<string, string> = {
  'harbour-talks.md': `---
title: Harbour talks resume in Velmora
date: 2024-01-10
---
Ilse Dravesk, the harbour minister, met the mayor of Velmora, Tomas Reiner, on Monday to discuss the new quay.

"We want the ships back by spring," Ilse Dravesk said after the meeting with the Kordova Harbour Authority.

Tomas Reiner said Velmora would pay for half of the dredging.
`,
  'fishermen.md': `---
title: Fishermen of Velmora ask for help
date: 2024-02-02
---
Otto Dravesk, a fisherman from Velmora, has asked the Kordova Harbor Authority for a new pier.

"The old pier is falling apart," Otto Dravesk told reporters in Velmora on Tuesday.
`,
  'council.md': `---
title: Council meets on the quay
date: 2024-03-05
---
The council of Velmora met on Wednesday to vote on the quay.

Dravesk said the vote was a good sign for the harbour, and the Kordova Harbour Authority (KHA) agreed.

KHA will pay for a study of the quay.
`,
};

export const USER_YAML = `# My corrections: keep this comment
# (written by hand)
`;

export async function reviewContent(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dossier-review-content-'));
  await mkdir(path.join(dir, 'articles'));
  for (const [file, text] of Object.entries(REVIEW_ARTICLES)) await writeFile(path.join(dir, 'articles', file), text);
  await writeFile(path.join(dir, 'entities.yaml'), USER_YAML);
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export interface Started {
  /** "http://localhost:PORT/" (with the path prefix). */
  url: string;
  port: number;
  outputDir: string;
  log: () => string;
  /** Wait until no rebuild is running (a "looks right" rebuilds in the background). */
  idle: () => Promise<void>;
  stop: () => Promise<void>;
}

/** `npm start` as a user runs it (scripts/cli/start.ts), on a free port, without the file watcher, into a temp site. */
export async function startServer(contentDir: string, env: Record<string, string> = {}): Promise<Started> {
  const tmp = await mkdtemp(path.join(tmpdir(), 'dossier-review-site-'));
  const outputDir = path.join(tmp, 'site');
  const child: ChildProcess = spawn(
    path.join(ROOT, 'node_modules/.bin/tsx'),
    [path.join(ROOT, 'scripts/cli/start.ts'), '--port', '0', '--no-watch'],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        CONTENT_DIR: contentDir,
        OUTPUT_DIR: outputDir,
        CACHE_DIR: path.join(tmp, 'cache'),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const found = /Serving (http:\/\/localhost:\d+\/\S*)/.exec(log);
      if (found) {
        clearInterval(timer);
        resolve(found[1]!);
      }
    }, 100);
    child.on('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`npm start exited (${code}):\n${log}`));
    });
  });
  return {
    url,
    port: Number(new URL(url).port),
    outputDir,
    log: () => log,
    idle: async () => {
      const count = (pattern: RegExp) => (log.match(pattern) ?? []).length;
      while (count(/change seen: rebuilding/g) > count(/^(rebuilt: |build failed)/gm))
        await new Promise((resolve) => setTimeout(resolve, 200));
    },
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.on('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(tmp, { recursive: true, force: true });
    },
  };
}
