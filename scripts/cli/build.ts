import path from 'node:path';
import { parseArgs } from 'node:util';
import { runBuild, runShard } from '../build.ts';
import { formatError, formatSummary, formatWarnings } from '../report/formatSummary.ts';
import { readConfig } from '../config.ts';
import { DossierError } from '../core/errors.ts';
import { plural } from '../core/text/plural.ts';
import { parseShard } from '../parallel/shardArticles.ts';
import { formatReview } from '../report/formatReview.ts';

/**
 * `npm run build`: the whole site into OUTPUT_DIR. Exit 1 on a fatal problem, naming the file and line.
 * `npm run build -- --shard K/N`: only the extraction of shard K of N, into the cache (CACHE_DIR); no site.
 * `npm run build -- --full`: the whole build even when nothing changed, every file written afresh.
 */
try {
  const { values } = parseArgs({ options: { shard: { type: 'string' }, full: { type: 'boolean', default: false } } });
  const config = readConfig();
  if (values.shard !== undefined) {
    const shard = parseShard(values.shard);
    const done = await runShard(config, shard, { progress: Boolean(process.stderr.isTTY) });
    for (const line of formatWarnings(done.warnings)) process.stderr.write(`${line}\n`);
    process.stderr.write(
      `Shard ${shard.index}/${shard.count}: ${plural(done.share, 'article')} of ${done.articles.toLocaleString('en-US')} extracted into the cache (${done.cached.toLocaleString('en-US')} were there already). Stages: ${done.stages.map(([s, ms]) => `${s} ${Math.round(ms)} ms`).join(' · ')}\n`,
    );
  } else {
    const summary = await runBuild(config, { progress: Boolean(process.stderr.isTTY), incremental: !values.full });
    for (const line of formatWarnings(summary.warnings)) process.stderr.write(`${line}\n`);
    process.stderr.write(`${formatSummary(summary)}\n`);
    if (summary.review.length) process.stderr.write(`${formatReview(summary.review)}\n`);
    const relative = path.relative(process.cwd(), config.outputDir);
    const where = !relative ? '.' : relative.startsWith('..') ? config.outputDir : relative;
    const env = process.env.OUTPUT_DIR ? `OUTPUT_DIR=${process.env.OUTPUT_DIR} ` : '';
    process.stderr.write(
      config.offline
        ? `The site is in ${where}/: open ${path.join(where, 'index.html')} in a browser.\n`
        : `The site is in ${where}/. Preview it with: ${env}npm run preview (then open http://localhost:8080${config.pathPrefix}); publish it with any static host.\n`,
    );
  }
} catch (error) {
  if (error instanceof DossierError) {
    process.stderr.write(`${formatError(error)}\nThe previous site, if any, was left as it was.\n`);
    process.exit(1);
  }
  throw error;
}
