/**
 * The only writes the review server makes: content/entities.yaml and, beside it, entities.yaml.bak (the version
 * before the last change). Each is written to a temporary file in the same folder and renamed over the old one,
 * so a reader (the build, an editor, a crash) sees the old file or the new one, never half of one.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CORRECTIONS_FILE } from '../load/loadCorrections.ts';

export const BACKUP_FILE = `${CORRECTIONS_FILE}.bak`;

/** entities.yaml's text, or undefined when there is none. */
export async function readCorrectionsText(contentDir: string): Promise<string | undefined> {
  try {
    return await readFile(path.join(contentDir, CORRECTIONS_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Write `text` as entities.yaml (undefined: there was no file, so remove it), keeping `previous` as the backup. */
export async function writeCorrections(
  contentDir: string,
  text: string | undefined,
  previous: string | undefined,
): Promise<void> {
  if (previous !== undefined) await replaceFile(contentDir, BACKUP_FILE, previous);
  if (text === undefined) await rm(path.join(contentDir, CORRECTIONS_FILE), { force: true });
  else await replaceFile(contentDir, CORRECTIONS_FILE, text);
}

async function replaceFile(dir: string, name: string, text: string): Promise<void> {
  const temp = path.join(dir, `.${name}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await writeFile(temp, text, { flag: 'wx' });
    await rename(temp, path.join(dir, name));
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Whether a changed file in the content folder is one of the review server's temporary files or its backup. */
export const isReviewFile = (name: string): boolean =>
  name === BACKUP_FILE || (name.startsWith(`.${CORRECTIONS_FILE}`) && name.includes('.tmp-'));
