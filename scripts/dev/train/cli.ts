/**
 * `npm run ner:train`: train the tagger on the annotated corpus (its train split), and with `--pages` on the saved web
 * pages of the dev gold sets too (scripts/dev/train/readPageCorpus.ts), and write data/model/tagger.bin.
 * The same corpus, pages and code give the same file, byte for byte.
 *   --corpus FILE   stand-off annotations (default data/annotations/corpus.jsonl)
 *   --out FILE      where to write the model (default data/model/tagger.bin)
 *   --fraction F    train on the first F of the documents (learning curve)
 *   --stages 1|2    --no-stack    --epochs N    --bits N
 *   --pages         train on the saved pages too (default: DEFAULT_PAGES in readPageCorpus.ts)    --no-pages
 *   --page-sets A,B which page gold sets (default: the three dev sets; a test set is refused)
 *   --page-repeats N   how many times an epoch visits each page (default: DEFAULT_PAGE_REPEATS in readPageCorpus.ts)
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sha256 } from '../corpora/pool.ts';
import { MODEL_FILE } from '../../load/readModel.ts';
import { encodeModel } from '../../extract/tagger/model.ts';
import { ANNOTATIONS, poolWordStats, readCorpus } from './readCorpus.ts';
import { DEFAULT_PAGE_REPEATS, DEFAULT_PAGES, DEV_PAGE_SETS, readPageCorpus } from './readPageCorpus.ts';
import { defaultOptions, prepare, trainModel } from './trainTagger.ts';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: path.join(ANNOTATIONS, 'corpus.jsonl') },
    out: { type: 'string', default: MODEL_FILE },
    fraction: { type: 'string', default: '1' },
    stages: { type: 'string', default: String(defaultOptions.stages) },
    'no-stack': { type: 'boolean', default: false },
    epochs: { type: 'string', default: String(defaultOptions.epochs) },
    bits: { type: 'string', default: String(defaultOptions.bits) },
    pages: { type: 'boolean', default: false },
    'no-pages': { type: 'boolean', default: false },
    'page-sets': { type: 'string', default: DEV_PAGE_SETS.join(',') },
    'page-repeats': { type: 'string', default: String(DEFAULT_PAGE_REPEATS) },
  },
});

const t0 = performance.now();
const corpus = readCorpus(values.corpus);
const words = poolWordStats(new Set(corpus.filter((d) => d.split === 'dev').map((d) => d.id)));
const all = corpus.filter((d) => d.split === 'train');
// a fixed order that does not depend on the file's: by the hash of the id
const docs = all
  .sort((a, b) => (sha256(a.id) < sha256(b.id) ? -1 : 1))
  .slice(0, Math.round(all.length * Number(values.fraction)));
const stack = !values['no-stack'];
const usePages = values.pages || (DEFAULT_PAGES && !values['no-pages']);
const pages = usePages ? await readPageCorpus(values['page-sets'].split(',')) : [];
const repeats = Number(values['page-repeats']);
const prepared = [
  ...docs.map((d) => prepare(d, stack, words)),
  ...pages.map((d) => ({ ...prepare(d, stack, words), ...(repeats === 1 ? {} : { repeats }) })),
];
const tokens = prepared.reduce((n, p) => n + p.gold.length, 0);
const t1 = performance.now();
const model = trainModel(
  prepared,
  { stages: Number(values.stages) === 1 ? 1 : 2, stack, epochs: Number(values.epochs), bits: Number(values.bits) },
  words,
);
const file = encodeModel(model);
mkdirSync(path.dirname(values.out), { recursive: true });
writeFileSync(values.out, file);
const t2 = performance.now();
process.stderr.write(
  `trained on ${docs.length} news documents and ${pages.length} saved pages, ${tokens} tokens (features ${((t1 - t0) / 1000).toFixed(1)} s, training ${((t2 - t1) / 1000).toFixed(1)} s); ` +
    `wrote ${values.out}: ${(file.length / 1024).toFixed(0)} KiB, sha256 ${createHash('sha256').update(file).digest('hex').slice(0, 16)}\n`,
);
