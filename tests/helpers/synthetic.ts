import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../../scripts/dev/corpora/synthetic.ts';

/** Invented outlets, given in turn, so the search filters have an outlet to choose. */
export const SYNTHETIC_OUTLETS = ['Kordova Vesnik', 'The Harbour Post', 'Ostrava Daily'];

/**
 * A synthetic corpus (scripts/dev/corpora/synthetic.ts, invented names and text) written into a temp content
 * folder, each article given an outlet in turn and a declared language: English, every seventh French.
 */
export async function syntheticContent(
  articles: number,
  seed = 7,
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dossier-synthetic-'));
  for (const [i, f] of generateCorpus({ articles, seed, articleBytes: 2048 }).entries()) {
    const file = path.join(dir, f.path);
    await mkdir(path.dirname(file), { recursive: true });
    const front = `outlet: ${SYNTHETIC_OUTLETS[i % SYNTHETIC_OUTLETS.length]}\nlanguage: ${i % 7 === 6 ? 'fr' : 'en'}\n`;
    await writeFile(file, f.content.replace(/^---\n/, `---\n${front}`));
  }
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
