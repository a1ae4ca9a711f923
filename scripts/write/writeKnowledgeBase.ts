import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import type { KnowledgeBase } from '../core/types/kb.ts';

/**
 * Write `kb.json` into the site folder, one record per line. Streamed record by record, so its
 * size is not bounded by the longest string the runtime can build (kb.json of 10,000 articles is
 * hundreds of MB). Key and array order come from the pipeline, so the output is stable.
 */
export async function writeKnowledgeBase(outputDir: string, kb: KnowledgeBase): Promise<string> {
  await mkdir(outputDir, { recursive: true });
  const file = path.join(outputDir, 'kb.json');
  const out = createWriteStream(file);
  const write = async (chunk: string) => {
    if (!out.write(chunk)) await once(out, 'drain');
  };
  const sections = Object.entries(kb).filter(([, value]) => value !== undefined) as [string, unknown[]][];
  await write('{');
  for (const [s, [key, records]] of sections.entries()) {
    await write(`${s ? ',\n' : '\n'}${JSON.stringify(key)}: [`);
    for (const [i, record] of records.entries()) await write(`${i ? ',' : ''}\n${JSON.stringify(record)}`);
    await write(records.length ? '\n]' : ']');
  }
  await write('\n}\n');
  out.end();
  await once(out, 'finish');
  return file;
}
