import { readdir, rename, rm } from 'node:fs/promises';
import { DossierError } from '../core/errors.ts';
import { hasMarker } from './guardOutput.ts';

/**
 * Put a finished build in place of the previous one; the old folder is removed only once the new one is in, and
 * only when it carries Dossier's marker (checkOutputDir refused anything else before the build began).
 */
export async function swapOutput(staging: string, outputDir: string): Promise<void> {
  const old = `${outputDir}.old-${process.pid}`;
  const hadOld = await rename(outputDir, old).then(
    () => true,
    (e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return false;
      throw new DossierError('OUTPUT_FAILED', `cannot move the previous site aside (${e.code ?? e.message})`, {
        file: outputDir,
      });
    },
  );
  try {
    await rename(staging, outputDir);
  } catch (error) {
    if (hadOld) await rename(old, outputDir);
    throw new DossierError(
      'OUTPUT_FAILED',
      `cannot put the new site in place (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      { file: outputDir },
    );
  }
  // the old folder was checked before the build: Dossier's own, or empty
  if (hadOld && ((await hasMarker(old)) || (await readdir(old)).length === 0))
    await rm(old, { recursive: true, force: true });
}
