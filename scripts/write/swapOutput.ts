import { rename, rm } from 'node:fs/promises';

/** Put a finished build in place of the previous one; the old folder is removed only once the new one is in. */
export async function swapOutput(staging: string, outputDir: string): Promise<void> {
  const old = `${outputDir}.old-${process.pid}`;
  const hadOld = await rename(outputDir, old).then(() => true, (e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return false;
    throw e;
  });
  try {
    await rename(staging, outputDir);
  } catch (error) {
    if (hadOld) await rename(old, outputDir);
    throw error;
  }
  if (hadOld) await rm(old, { recursive: true, force: true });
}
