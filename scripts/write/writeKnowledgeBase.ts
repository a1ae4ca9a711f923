import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { KnowledgeBase } from '../types.ts';

/** Write `kb.json` into the site folder. Key order and array order come from the pipeline, so output is stable. */
export async function writeKnowledgeBase(outputDir: string, kb: KnowledgeBase): Promise<string> {
  await mkdir(outputDir, { recursive: true });
  const file = path.join(outputDir, 'kb.json');
  await writeFile(file, `${JSON.stringify(kb, null, 1)}\n`);
  return file;
}
