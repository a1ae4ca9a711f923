import { formatError, formatSummary, formatWarning, runBuild } from '../build.ts';
import { readConfig } from '../config.ts';
import { DossierError } from '../errors.ts';
import { formatReview } from '../formatReview.ts';

/** `npm run build`: the whole site into OUTPUT_DIR. Exit 1 on a fatal problem, naming the file and line. */
try {
  const summary = await runBuild(readConfig());
  for (const w of summary.warnings) process.stderr.write(`${formatWarning(w)}\n`);
  process.stderr.write(`${formatSummary(summary)}\n`);
  if (summary.review.length) process.stderr.write(`${formatReview(summary.review)}\n`);
} catch (error) {
  if (error instanceof DossierError) {
    process.stderr.write(`${formatError(error)}\nThe previous site, if any, was left as it was.\n`);
    process.exit(1);
  }
  throw error;
}
