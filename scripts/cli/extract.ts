import { plural } from '../core/text/plural.ts';
import { parseArgs } from 'node:util';
import { formatError, formatWarnings } from '../report/formatSummary.ts';
import { readConfig } from '../config.ts';
import { DossierError } from '../core/errors.ts';
import { loadCorrections, loadFiles } from '../load/index.ts';
import { runPipeline } from '../pipeline.ts';
import { loadTagger } from '../context.ts';

/**
 * `npm run extract -- FILE...`: the knowledge base (kb.json's shape) for just these files, on stdout.
 * Corrections from CONTENT_DIR/entities.yaml apply. Logs and warnings go to stderr.
 */
const { positionals } = parseArgs({ allowPositionals: true, options: {} });
if (positionals.length === 0) {
  process.stderr.write('usage: npm run extract -- FILE... (.md, .txt, .html, .docx, .pdf, .csv, .tsv, .jsonl)\n');
  process.exit(2);
}
try {
  const config = readConfig();
  const [{ articles, warnings }, corrections] = await Promise.all([
    loadFiles(positionals),
    loadCorrections(config.contentDir),
  ]);
  const { kb, warnings: more } = runPipeline(articles, {
    model: loadTagger().model,
    corrections: corrections.corrections,
    correctionsFile: corrections.file,
  });
  for (const line of formatWarnings([...warnings, ...corrections.warnings, ...more])) process.stderr.write(`${line}\n`);
  process.stdout.write(`${JSON.stringify(kb, null, 1)}\n`);
  process.stderr.write(
    `extracted ${plural(kb.entities.length, 'entity')} from ${plural(kb.articles.length, 'article')}\n`,
  );
} catch (error) {
  if (error instanceof DossierError) {
    process.stderr.write(`${formatError(error)}\n`);
    process.exit(1);
  }
  throw error;
}
