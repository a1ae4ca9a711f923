/**
 * Dossier only ever replaces or deletes a folder it made itself. Every site it writes carries a marker file; a
 * build refuses an OUTPUT_DIR that is the project, the content folder, anything inside the content folder, an
 * ancestor of either, or an existing file or non-empty folder without the marker. One build at a time writes an
 * OUTPUT_DIR (a lock file), and the leftovers of a killed build are restored or removed by the next one.
 */
import { lstat, mkdir, readdir, readFile, realpath, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DossierError } from '../core/errors.ts';

export const MARKER = '.dossier-site';
const MARKER_TEXT = 'This folder was written by Dossier, which may replace it on the next build.\n';

/** `target` is `dir` or inside it. */
const within = (target: string, dir: string): boolean =>
  target === dir || target.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);

/** The real path of `p` even when it does not exist yet (its nearest existing ancestor, resolved, plus the rest). */
async function realish(p: string): Promise<string> {
  const abs = path.resolve(p);
  try {
    return await realpath(abs);
  } catch {
    const parent = path.dirname(abs);
    return parent === abs ? abs : path.join(await realish(parent), path.basename(abs));
  }
}

export const hasMarker = (dir: string): Promise<boolean> =>
  lstat(path.join(dir, MARKER)).then(
    (s) => s.isFile(),
    () => false,
  );

export const writeMarker = (dir: string): Promise<void> => writeFile(path.join(dir, MARKER), MARKER_TEXT);

const refuse = (outputDir: string, why: string): DossierError =>
  new DossierError(
    'OUTPUT_REFUSED',
    `will not write the site to ${outputDir}: ${why}. Set OUTPUT_DIR to a new folder (the default is _site).`,
  );

export interface Places {
  outputDir: string;
  contentDir: string;
  projectRoot: string;
  cwd?: string;
}

/** Throws OUTPUT_REFUSED when writing the site to `outputDir` could replace anything Dossier did not write. */
export async function checkOutputDir({
  outputDir,
  contentDir,
  projectRoot,
  cwd = process.cwd(),
}: Places): Promise<void> {
  const out = await realish(outputDir);
  const content = await realish(contentDir);
  if (out === path.parse(out).root) throw refuse(outputDir, 'it is the root of the file system');
  for (const [dir, what] of [
    [await realish(projectRoot), 'the project folder'],
    [await realish(cwd), 'the current folder'],
  ] as const) {
    if (within(dir, out)) throw refuse(outputDir, out === dir ? `it is ${what}` : `it contains ${what}`);
  }
  if (within(content, out))
    throw refuse(outputDir, out === content ? 'it is the content folder' : 'it contains the content folder');
  if (within(out, content))
    throw refuse(outputDir, 'it is inside the content folder (the site would be read back as articles)');
  const stat = await lstat(out).catch(() => undefined);
  if (!stat) return;
  if (stat.isSymbolicLink()) throw refuse(outputDir, 'it is a symbolic link');
  if (!stat.isDirectory()) throw refuse(outputDir, 'it is a file, not a folder');
  if (await hasMarker(out)) return;
  const entries = await readdir(out).catch((e: Error) => {
    throw new DossierError('OUTPUT_FAILED', `cannot read ${outputDir}: ${e.message}`);
  });
  if (entries.length > 0) {
    const older =
      entries.includes('kb.json') && entries.includes('index.html')
        ? ' (it looks like a site from an older Dossier: delete it yourself once)'
        : '';
    throw refuse(
      outputDir,
      `it is a folder Dossier did not make (it has no ${MARKER} file) and it is not empty${older}`,
    );
  }
}

const alive = (pid: number): boolean => {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const LOCK_PREFIX = 'dossier build ';

export interface OutputLock {
  release: () => Promise<void>;
}

/** One build at a time per OUTPUT_DIR: a lock file with the pid; a lock left by a dead process is taken over. */
export async function lockOutput(outputDir: string): Promise<OutputLock> {
  const lock = `${outputDir}.lock`;
  await mkdir(path.dirname(lock), { recursive: true }).catch((e: Error) => {
    throw new DossierError('OUTPUT_FAILED', `cannot create the folder for ${outputDir}: ${e.message}`);
  });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(lock, `${LOCK_PREFIX}${process.pid}\n`, { flag: 'wx' });
      return { release: () => rm(lock, { force: true }) };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST')
        throw new DossierError(
          'OUTPUT_FAILED',
          `cannot write next to ${outputDir} (${code ?? (e as Error).message}): is its folder writable?`,
        );
      const content = await readFile(lock, 'utf8').catch(() => '');
      if (!content.startsWith(LOCK_PREFIX)) {
        throw new DossierError('OUTPUT_REFUSED', `${lock} exists and was not made by Dossier; move it away`);
      }
      const holder = Number(content.slice(LOCK_PREFIX.length).trim());
      if (Number.isInteger(holder) && holder > 0 && alive(holder)) {
        throw new DossierError(
          'OUTPUT_BUSY',
          `another build (process ${holder}) is writing ${outputDir}; try again when it has finished (or delete ${lock} if it is not running)`,
        );
      }
      await rm(lock, { force: true });
    }
  }
  throw new DossierError('OUTPUT_BUSY', `could not lock ${outputDir}`);
}

/**
 * Leftovers of builds that were killed: `<out>.old-PID` (the previous site, moved aside during a swap) is put back
 * when OUTPUT_DIR is missing, and `<out>.tmp-PID` / other `.old-PID` folders of dead processes are removed, each
 * only when it carries the marker.
 */
export async function recoverOutput(outputDir: string): Promise<string[]> {
  const dir = path.dirname(outputDir);
  const base = path.basename(outputDir);
  const names = await readdir(dir).catch(() => [] as string[]);
  const done: string[] = [];
  const pattern = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tmp|old)-(\\d+)$`);
  const leftovers = names
    .map((n) => ({ name: n, m: pattern.exec(n) }))
    .filter((x) => x.m && !alive(Number(x.m[2])))
    .sort((a, b) => (a.m![1] === b.m![1] ? 0 : a.m![1] === 'old' ? -1 : 1));
  for (const { name, m } of leftovers) {
    const full = path.join(dir, name);
    if (!(await hasMarker(full))) continue;
    const outExists = await lstat(outputDir).then(
      () => true,
      () => false,
    );
    if (m![1] === 'old' && !outExists) {
      await rename(full, outputDir);
      done.push(`restored the previous site from ${name}`);
    } else {
      await rm(full, { recursive: true, force: true });
      done.push(`removed ${name}, left by a build that was stopped`);
    }
  }
  return done;
}
