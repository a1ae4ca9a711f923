/**
 * `npx tsx scripts/dev/bench/profileExtractor.ts [--passes N] [--out FILE.cpuprofile]`: the extractor over CoNLL dev,
 * one warm-up pass, then N passes (default 2), with `--out` under V8's sampling profiler (200 µs); prints the CPU time
 * of each pass and writes the profile. Summarise it by function and file with `scripts/dev/bench/summariseProfile.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { loadTagger } from '../../context.ts';
import { extractEntities } from '../../extract/index.ts';
import { parseConll, toArticle } from '../corpora/conll.ts';
import { CONLL_DEV } from '../corpora/pool.ts';

const { values } = parseArgs({
  options: { passes: { type: 'string', default: '2' }, out: { type: 'string' } },
});
const texts = parseConll(readFileSync(CONLL_DEV, 'utf8')).map((a) => toArticle(a).text);
const chars = texts.reduce((n, t) => n + t.length, 0);
const { model } = loadTagger();
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};
const pass = (label: string) => {
  const c0 = cpu();
  for (const t of texts) extractEntities(t, { model });
  const ms = cpu() - c0;
  console.log(`${label}: ${ms.toFixed(0)} ms CPU, ${Math.round(chars / (ms / 1000))} chars/s`);
};
pass('warm-up');
const session = new Session();
if (values.out) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
}
for (let p = 1; p <= Number(values.passes); p++) pass(`pass ${p}`);
if (values.out) {
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(values.out, JSON.stringify(profile));
  console.log(`profile: ${values.out}`);
}
