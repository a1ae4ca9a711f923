/**
 * How long clearing the Review page takes, clicked through in Chromium as a user would:
 *   npm run bench:review -- --content DIR [--policy fix|keep]
 * The content folder is copied to a temp folder (its entities.yaml included) and served by `npm start` (its review
 * mode) on a free port. Then, until the Review page is empty, the first item is decided: with `fix`, by its first
 * button (the correction it suggests: merge, split, retype, remove; each waits for a rebuild), with `keep`, by its
 * last button ("Looks right", "Keep apart", "Different": no page changes, the rebuild runs in the background).
 * Prints the items, the clicks, the total time and the time per click.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../../core/paths.ts';
import { launchChromium } from '../browser/chromium.ts';

const { values } = parseArgs({
  options: { content: { type: 'string' }, policy: { type: 'string', default: 'fix' } },
});
if (!values.content || !['fix', 'keep'].includes(values.policy!)) {
  process.stderr.write('usage: npm run bench:review -- --content DIR [--policy fix|keep]\n');
  process.exit(2);
}
const log = (line: string) => process.stderr.write(`${line}\n`);

const tmp = await mkdtemp(path.join(tmpdir(), 'dossier-bench-review-'));
const content = path.join(tmp, 'content');
await cp(path.resolve(values.content), content, { recursive: true });
let serverLog = '';
const t0 = performance.now();
const child: ChildProcess = spawn(
  path.join(projectRoot, 'node_modules/.bin/tsx'),
  [path.join(projectRoot, 'scripts/cli/start.ts'), '--port', '0', '--no-watch'],
  {
    cwd: projectRoot,
    env: {
      ...process.env,
      CONTENT_DIR: content,
      OUTPUT_DIR: path.join(tmp, 'site'),
      CACHE_DIR: path.join(tmp, 'cache'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  },
);
child.stdout!.on('data', (d) => (serverLog += d));
child.stderr!.on('data', (d) => (serverLog += d));
const browser = await launchChromium();
try {
  while (!/Serving (http:\/\/localhost:\d+\/)/.test(serverLog)) {
    if (child.exitCode !== null) throw new Error(`npm start exited:\n${serverLog}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const site = /Serving (http:\/\/localhost:\d+\/)/.exec(serverLog)![1]!;
  log(`bench: first build and server ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const page = await browser.newPage();
  await page.goto(`${site}__review/`);
  const count = () => page.locator('.review-item').count();
  const initial = await count();
  const times: number[] = [];
  const kinds = new Map<string, number>();
  let errors = 0;
  const started = performance.now();
  while ((await count()) > 0 && times.length < 4 * initial + 10) {
    const item = page.locator('.review-item').first();
    const buttons = item.getByRole('button');
    const n = await buttons.count();
    const label = (await buttons.nth(values.policy === 'fix' ? 0 : n - 1).textContent()) ?? '';
    kinds.set(label.split(' ')[0]!, (kinds.get(label.split(' ')[0]!) ?? 0) + 1);
    const t = performance.now();
    await buttons.nth(values.policy === 'fix' && errors === 0 ? 0 : n - 1).click();
    // the page reloads when the action is done: wait for the outcome, said and focused, on the new page
    for (;;) {
      try {
        await page.waitForFunction(
          () => {
            const s = document.getElementById('review-status');
            return s && !s.hidden && !/Saving/.test(s.textContent ?? '') && document.activeElement === s;
          },
          undefined,
          { timeout: 300_000 },
        );
        break;
      } catch (error) {
        if (!/context was destroyed|navigation/i.test((error as Error).message)) throw error;
      }
    }
    times.push(performance.now() - t);
    const failed = await page.locator('#review-status.is-error').count();
    if (failed) {
      errors++;
      log(`bench: refused: ${await page.locator('#review-status').textContent()}`);
    } else errors = 0;
  }
  const total = performance.now() - started;
  const sorted = [...times].sort((a, b) => a - b);
  const yaml = await readFile(path.join(content, 'entities.yaml'), 'utf8').catch(() => '');
  log(
    `bench: policy ${values.policy}: ${initial} items on the Review page; ${times.length} clicks; ${await count()} left`,
  );
  log(`bench: buttons: ${[...kinds].map(([k, v]) => `${k} ×${v}`).join(', ')}`);
  log(
    `bench: total ${(total / 1000).toFixed(1)} s; per click median ${(sorted[Math.floor(sorted.length / 2)]! / 1000).toFixed(1)} s, max ${(sorted.at(-1)! / 1000).toFixed(1)} s`,
  );
  log(
    `bench: entities.yaml now has ${yaml.split('\n').filter((l) => /^\S/.test(l) && !l.startsWith('#')).length} entries`,
  );
} finally {
  await browser.close();
  child.kill('SIGTERM');
  await new Promise((r) => (child.exitCode !== null ? r(undefined) : child.on('exit', r)));
  await rm(tmp, { recursive: true, force: true });
}
