/**
 * `npm run bench:tagger`: what each layer of the extractor contributes, and the learning curve.
 * Scores (exact span and type, MISC not scored, as in scripts/dev/corpora/conll.ts) on CoNLL-2003 dev (overall and
 * non-sport; never trained on) and on the dev slice of our own corpus (data/annotations, split "dev"). Every row up
 * to "business copy" is trained on the news corpus alone; "+ saved pages" adds the dev page gold sets
 * (scripts/dev/train/readPageCorpus.ts), as `npm run ner:train -- --pages` does; the shipped model is whichever
 * `DEFAULT_PAGES` says.
 *   --corpus FILE   annotations to train and score with (default data/annotations/corpus.jsonl)
 *   --quick         only the rules and the shipped model
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CONLL_DEV, sha256 } from '../corpora/pool.ts';
import { extractEntities, type ExtractOptions } from '../../extract/index.ts';
import { encodeModel } from '../../extract/tagger/model.ts';
import { ANNOTATIONS, poolWordStats, readCorpus } from '../train/readCorpus.ts';
import { prepare, trainModel, type Prepared } from '../train/trainTagger.ts';
import { DEFAULT_PAGE_REPEATS, DEFAULT_PAGES, readPageCorpus } from '../train/readPageCorpus.ts';
import {
  emptyTally,
  isSportHeading,
  parseConll,
  predictedSpans,
  prf,
  scoreDocument,
  toArticle,
  total,
  type Tally,
  type TypedSpan,
} from '../corpora/conll.ts';
import { loadTagger } from '../../context.ts';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: path.join(ANNOTATIONS, 'corpus.jsonl') },
    quick: { type: 'boolean', default: false },
  },
});

interface EvalDoc {
  text: string;
  gold: TypedSpan[];
  sport: boolean;
}

const conll: EvalDoc[] = parseConll(readFileSync(CONLL_DEV, 'utf8')).map((doc) => {
  const a = toArticle(doc);
  return { text: a.text, gold: a.gold, sport: isSportHeading(a.firstLine) };
});
const corpus = readCorpus(values.corpus);
const own: EvalDoc[] = corpus
  .filter((d) => d.split === 'dev')
  .map((d) => ({ text: d.text, gold: d.spans, sport: false }));
const train = corpus.filter((d) => d.split === 'train').sort((a, b) => (sha256(a.id) < sha256(b.id) ? -1 : 1));

const shipped = loadTagger().model;

function score(docs: readonly EvalDoc[], opts: Partial<ExtractOptions>): { all: number; nonSport: number } {
  const all = emptyTally();
  const nonSport = emptyTally();
  for (const d of docs) {
    const local = emptyTally();
    scoreDocument(d.gold, predictedSpans(extractEntities(d.text, { model: shipped, ...opts })), local);
    add(all, local);
    if (!d.sport) add(nonSport, local);
  }
  return { all: prf(total(all)).f1, nonSport: prf(total(nonSport)).f1 };
}

function add(into: Tally, from: Tally): void {
  for (const k of ['PER', 'ORG', 'LOC'] as const) {
    into[k].tp += from[k].tp;
    into[k].fp += from[k].fp;
    into[k].fn += from[k].fn;
  }
}

const f = (n: number): string => n.toFixed(3);
function row(label: string, opts: Partial<ExtractOptions>): string {
  const c = score(conll, opts);
  const o = score(own, opts);
  return `| ${label} | ${f(c.all)} | ${f(c.nonSport)} | ${f(o.all)} |`;
}

const header = ['| layers | CoNLL dev | CoNLL dev, non-sport | own dev |', '|---|---|---|---|'];
/** The tagger's output as it is: no rule names kept, no junk filter, no repeats, the rules' types not counted. */
const RAW: Partial<ExtractOptions> = {
  keepRules: 'none',
  junk: false,
  propagate: false,
  ruleTypeWeight: 0,
  companies: false,
};
console.log(`own dev slice: ${own.length} documents; training documents: ${train.length}\n`);
console.log(header.join('\n'));
console.log(row('rules alone', { model: null }));
if (shipped) console.log(row('**shipped**: the layers below, all on', {}));
{
  // the shipped model on our dev slice, by type
  const tally = emptyTally();
  for (const d of own) scoreDocument(d.gold, predictedSpans(extractEntities(d.text, { model: shipped })), tally);
  const t = prf(total(tally));
  const by = (['PER', 'ORG', 'LOC'] as const).map((k) => `${k} ${f(prf(tally[k]).f1)}`).join(', ');
  console.log(
    `\nown dev, shipped: P ${f(t.precision)}, R ${f(t.recall)}, F1 ${f(t.f1)} (${by}); ${t.tp + t.fn} names\n`,
  );
}

if (!values.quick) {
  const prepared = new Map<boolean, Prepared[]>();
  const words = poolWordStats(new Set(corpus.filter((d) => d.split === 'dev').map((d) => d.id)));
  const prep = (stack: boolean): Prepared[] => {
    if (!prepared.has(stack))
      prepared.set(
        stack,
        train.map((d) => prepare(d, stack, words)),
      );
    return prepared.get(stack)!;
  };
  console.log(
    row('tagger alone (no rule features, one pass)', {
      ...RAW,
      model: trainModel(prep(false), { stages: 1, stack: false }, words),
      stack: false,
    }),
  );
  console.log(
    row("+ the rules' names as features (stacking)", { ...RAW, model: trainModel(prep(true), { stages: 1 }, words) }),
  );
  const model = trainModel(prep(true), { stages: 2 }, words);
  console.log(row('+ second pass with document evidence', { ...RAW, model }));
  console.log(
    row("+ rules win on score lines and in table documents, rule names tied to the tagger's or strong kept", {
      ...RAW,
      model,
      keepRules: 'linked',
    }),
  );
  console.log(
    row("+ the rules' type evidence counted beside the tagger's", {
      ...RAW,
      model,
      keepRules: 'linked',
      ruleTypeWeight: 0.3,
    }),
  );
  console.log(row('+ repeats (document propagation)', { model, companies: false }));
  const shipped = DEFAULT_PAGES ? '' : ' = shipped';
  console.log(
    row(`+ business copy: names with company cues, or beside their full company name, are groups${shipped}`, { model }),
  );
  const pages = (await readPageCorpus()).map((d) => ({
    ...prepare(d, true, words),
    ...(DEFAULT_PAGE_REPEATS === 1 ? {} : { repeats: DEFAULT_PAGE_REPEATS }),
  }));
  const withPages = trainModel([...prep(true), ...pages], { stages: 2 }, words);
  const best = DEFAULT_PAGES ? withPages : model;
  console.log(
    row(
      `+ saved pages (${pages.length} pages of the dev page gold sets)${DEFAULT_PAGES ? ' = shipped' : ', not shipped'}`,
      {
        model: withPages,
      },
    ),
  );
  console.log(row('  shipped, without repeats', { model: best, propagate: false }));
  console.log(row("  shipped, with the junk filter on the tagger's names", { model: best, junk: true }));
  console.log(
    row('  shipped, without the rules winning anywhere (keep only untouched rule names)', {
      model: best,
      keepRules: 'untouched',
    }),
  );
  const pageTokens = pages.reduce((n, d) => n + d.gold.length, 0);
  console.log(
    `\nmodel size ${(encodeModel(best).length / 1024).toFixed(0)} KiB (with saved pages ${(encodeModel(withPages).length / 1024).toFixed(0)} KiB); saved pages: ${pages.length} documents, ${pageTokens} tagger tokens\n`,
  );
  console.log(
    '| share of the training corpus | documents | tokens | CoNLL dev | non-sport | own dev |\n|---|---|---|---|---|---|',
  );
  for (const share of [0.25, 0.5, 1]) {
    const docs = prep(true).slice(0, Math.round(train.length * share));
    const tokens = docs.reduce((n, d) => n + d.gold.length, 0);
    const m = share === 1 ? model : trainModel(docs, { stages: 2 }, words);
    const c = score(conll, { model: m });
    const o = score(own, { model: m });
    console.log(`| ${share * 100}% | ${docs.length} | ${tokens} | ${f(c.all)} | ${f(c.nonSport)} | ${f(o.all)} |`);
  }
  {
    const tokens = [...prep(true), ...pages].reduce((n, d) => n + d.gold.length, 0);
    const c = score(conll, { model: withPages });
    const o = score(own, { model: withPages });
    console.log(
      `| 100% + saved pages | ${train.length} + ${pages.length} | ${tokens} | ${f(c.all)} | ${f(c.nonSport)} | ${f(o.all)} |`,
    );
  }
}
