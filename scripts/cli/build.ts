import path from 'node:path';
import { runBuild } from '../build.ts';
import { formatError, formatSummary, formatWarnings } from '../report/formatSummary.ts';
import { readConfig } from '../config.ts';
import { DossierError } from '../core/errors.ts';
import { formatReview } from '../report/formatReview.ts';

/** `npm run build`: the whole site into OUTPUT_DIR. Exit 1 on a fatal problem, naming the file and line. */
try {
  const config = readConfig();
  const summary = await runBuild(config, { progress: Boolean(process.stderr.isTTY) });
  for (const line of formatWarnings(summary.warnings)) process.stderr.write(`${line}\n`);
  process.stderr.write(`${formatSummary(summary)}\n`);
  if (summary.review.length) process.stderr.write(`${formatReview(summary.review)}\n`);
  const relative = path.relative(process.cwd(), config.outputDir);
  const where = !relative ? '.' : relative.startsWith('..') ? config.outputDir : relative;
  const env = process.env.OUTPUT_DIR ? `OUTPUT_DIR=${process.env.OUTPUT_DIR} ` : '';
  if (!process.env.DOSSIER_SERVING)
    process.stderr.write(
      config.offline
        ? `The site is in ${where}/: open ${path.join(where, 'index.html')} in a browser.\n`
        : `The site is in ${where}/. Preview it with: ${env}npm run preview (then open http://localhost:8080${config.pathPrefix}); publish it with any static host.\n`,
    );
} catch (error) {
  if (error instanceof DossierError) {
    process.stderr.write(`${formatError(error)}\nThe previous site, if any, was left as it was.\n`);
    process.exit(1);
  }
  throw error;
}
