/** `npm run review`: every decision of the last build that Dossier was unsure of, with the entities.yaml lines to settle it. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readConfig } from '../config.ts';
import { formatReview } from '../report/formatReview.ts';
import type { KnowledgeBase } from '../core/types/kb.ts';

const { outputDir } = readConfig();
const file = path.join(outputDir, 'kb.json');
const text = await readFile(file, 'utf8').catch(() => undefined);
if (text === undefined) {
  process.stderr.write(`error: no ${file}: run \`npm run build\` first\n`);
  process.exit(1);
}
const kb = JSON.parse(text) as KnowledgeBase;
process.stdout.write(`${formatReview(kb.review ?? [], { limit: undefined })}\n`);
