/**
 * `npm run check:corpus [-- --every N] [--render N]`: the whole pipeline over every document of
 * ../shared/data/open-news and CoNLL-2003 dev, with the invariants of scripts/dev/check/checkCorpus.ts.
 * Exits 1 on any problem.
 */
import { parseArgs } from 'node:util';
import { checkCorpus } from '../dev/check/checkCorpus.ts';
import { corpusDocs, sharedAvailable } from '../dev/corpora/sources.ts';

const { values } = parseArgs({
  options: { every: { type: 'string', default: '1' }, render: { type: 'string', default: '300' } },
});
if (!sharedAvailable()) {
  process.stderr.write(
    'check:corpus needs ../shared/data (open-news and conll2003) beside the project (or SHARED_DIR)\n',
  );
  process.exit(2);
}
const t0 = performance.now();
const docs = corpusDocs(Number(values.every));
const report = await checkCorpus(docs, { renderSample: Number(values.render) });
const seconds = (performance.now() - t0) / 1000;
for (const p of report.problems.slice(0, 50)) process.stderr.write(`problem: ${p.file}: ${p.problem}\n`);
if (report.problems.length > 50) process.stderr.write(`… and ${report.problems.length - 50} more\n`);
const stages = Object.entries(report.ms)
  .map(([s, ms]) => `${s} ${(ms / 1000).toFixed(1)} s`)
  .join(' · ');
process.stdout.write(
  `${report.documents} documents (${(report.characters / 1e6).toFixed(1)} M characters), ${report.entities} entities, ${report.mentions} mentions, ` +
    `${report.rendered} pages rendered; ${report.problems.length} problems; ${seconds.toFixed(1)} s (${stages})\n`,
);
process.exit(report.problems.length ? 1 : 0);
