/**
 * The second training source: saved web pages with the dev sets' entity-level gold (data/corpus-gold), projected to
 * spans with `goldMentions` (every whole-word, case-sensitive occurrence of a form, longest first). Stand-off: the
 * pages are read from ../shared as a build reads them and checked by sha256; nothing of them is copied here.
 *
 * The gold names people, groups and places only (MISC names are not annotated), so a page is a partly labelled
 * document: a token outside the gold may be O or MISC (`partial`). A first line that repeats the page's title is left
 * out of training: titles are not annotated. A test set (`"test": true`) is refused: it is for measuring only.
 */
import type { Article } from '../../core/types/article.ts';
import { type GoldSet, goldMentions } from '../corpora/scoreIdentity.ts';
import { goldArticles, readGoldSet } from '../corpora/readGold.ts';
import type { Label } from '../corpora/pool.ts';
import type { TrainDoc } from './trainTagger.ts';

/** The dev page sets, the only ones trained on. */
export const DEV_PAGE_SETS = ['web-pages.json', 'web-pages-dev2.json', 'web-pages-dev3.json'] as const;

/**
 * Whether `npm run ner:train` trains on the pages by default. Off: in three folds over the dev page sets
 * (`npm run bench:page-folds`), news + two sets scored the third at 0.832 / 0.789 / 0.827 against the news-only
 * model's 0.851 / 0.776 / 0.824 (a mean of -0.001), and CoNLL dev fell (all 0.894 -> 0.890, ORG 0.808 -> 0.799).
 * `--pages` turns it on.
 */
export const DEFAULT_PAGES = false;

/** How many times an epoch visits each page when pages are trained on (`--page-repeats N`). */
export const DEFAULT_PAGE_REPEATS = 1;

const LABEL: Record<string, Label> = { person: 'PER', group: 'ORG', place: 'LOC' };

export interface PageDoc extends TrainDoc {
  id: string;
}

/** Throws unless the set may be trained on: saved pages and not a test set. */
export function refuseTestSet(gold: Pick<GoldSet, 'name' | 'test' | 'source'>, file: string): void {
  if (gold.test === true) throw new Error(`${file} (${gold.name}) is a test set: it is never trained on`);
  if (gold.source !== 'web-pages') throw new Error(`${file} (${gold.name}) is not a saved-pages gold set`);
}

/** Where the text repeats the title on its first line: that line (titles are not annotated), else nothing. */
export function titleLine(article: Pick<Article, 'title' | 'text'>): { start: number; end: number }[] {
  const title = article.title.trim();
  const lead = article.text.length - article.text.trimStart().length;
  if (!title || !article.text.startsWith(title, lead)) return [];
  const newline = article.text.indexOf('\n', lead);
  return [{ start: 0, end: newline < 0 ? article.text.length : newline }];
}

/** The gold's mentions on each article as typed spans, the text as extraction reads it (`prose`, same offsets). */
export function projectGold(gold: GoldSet, file: string, articles: readonly Article[]): PageDoc[] {
  refuseTestSet(gold, file);
  const types = new Map(gold.entities.map((e) => [e.id, LABEL[e.type]]));
  return articles.map((a) => {
    const mentions = goldMentions(gold, new Map([[a.id, a.text]]));
    return {
      id: a.id,
      text: a.prose,
      spans: mentions.flatMap((m) => {
        const type = types.get(m.entity);
        return type ? [{ start: m.start, end: m.end, type }] : [];
      }),
      partial: true,
      skip: titleLine(a),
    };
  });
}

/** The pages of the given gold sets (file names in data/corpus-gold), with their gold as spans. */
export async function readPageCorpus(files: readonly string[] = DEV_PAGE_SETS): Promise<PageDoc[]> {
  const docs: PageDoc[] = [];
  for (const file of files) {
    const gold = readGoldSet(file);
    refuseTestSet(gold, file);
    docs.push(...projectGold(gold, file, await goldArticles(gold, file)));
  }
  return docs;
}
