import { emptyExtraction, extractSafely } from './extract/index.ts';
import { isolate } from './core/guard.ts';
import { isExtracted } from './core/text/language.ts';
import { createLinkMemo, type LinkMemo, linkArticles } from './link/index.ts';
import { createResolveMemo, type ResolveMemo, resolveEntities } from './resolve/index.ts';
import { buildSiteData, createSiteMemo, type SiteMemo } from './site/index.ts';
import type { Article } from './core/types/article.ts';
import type { Span, Warning } from './core/types/common.ts';
import type { Correction } from './core/types/entity.ts';
import type { Extraction } from './core/types/extraction.ts';
import type { Href } from './core/urls.ts';
import type { TaggerModel } from './extract/tagger/model.ts';
import type { KnowledgeBase } from './core/types/kb.ts';
import type { SiteData, SpillField } from './core/types/site.ts';

export interface Options {
  corrections: readonly Correction[];
  correctionsFile: string;
  href: Href;
  /** Called after each stage with its name and duration in ms. */
  onStage: (stage: string, ms: number) => void;
  /** The tagger stacked on the rules, for the extractions made here (scripts/context.ts); null: the rules alone. */
  model: TaggerModel | null;
  /** Extractions already made (from the cache or worker threads), in article order. */
  extractions: readonly Extraction[] | undefined;
  /** Results of the last build of this process to reuse where their inputs are unchanged (the warm build). */
  memo: PipelineMemo | undefined;
  /**
   * Where link puts each article's body, and site each entity's mentions, sentences and local graph, as soon as they
   * are made (the build: a file, scripts/write/spillSiteData.ts); undefined: they stay in memory.
   */
  spill: SpillField | undefined;
}

/** What a process that builds again and again (npm start) keeps between builds: see core/memo.ts. */
export interface PipelineMemo {
  resolve: ResolveMemo;
  link: LinkMemo;
  site: SiteMemo;
}

/** An empty memo, for a process that will build more than once. */
export function createPipelineMemo(): PipelineMemo {
  return { resolve: createResolveMemo(), link: createLinkMemo(), site: createSiteMemo() };
}

export const defaultOptions: Options = {
  corrections: [],
  correctionsFile: 'entities.yaml',
  href: (target) => target,
  onStage: () => {},
  extractions: undefined,
  model: null,
  memo: undefined,
  spill: undefined,
};

/** What the pipeline gives the write stage: the knowledge base (kb.json), the site data, and the warnings. */
export interface PipelineResult {
  kb: KnowledgeBase;
  site: SiteData;
  warnings: Warning[];
}

/** The pure middle of the pipeline: extract → resolve → link → site. No disk access. */
export function runPipeline(articles: readonly Article[], options: Partial<Options> = {}): PipelineResult {
  const opts = { ...defaultOptions, ...options };
  const timed = <T>(stage: string, work: () => T): T => {
    const t0 = performance.now();
    const result = work();
    opts.onStage(stage, performance.now() - t0);
    return result;
  };
  const warnings: Warning[] = [];
  if (opts.memo) {
    const { resolve, link, site } = opts.memo;
    // every memo that keeps one build's results (WeakMaps and the relation sums keep themselves)
    for (const memo of [...Object.values(resolve), ...Object.values(link), ...Object.values(site)])
      if ('nextBuild' in memo) memo.nextBuild();
  }
  const given = opts.extractions;
  // an article in a language extraction does not read has its sentences and no entities, whatever it was handed
  let extracted: { article: Article; extraction: Extraction }[] | undefined = given
    ? articles.map((article, i) => ({
        article,
        extraction: isExtracted(article.language) ? given[i]! : emptyExtraction(article.prose),
      }))
    : timed('extract', () =>
        articles.map((article) => {
          if (!isExtracted(article.language)) return { article, extraction: emptyExtraction(article.prose) };
          const { extraction, warning } = extractSafely(article.prose, article.source, opts.model);
          if (warning) warnings.push(warning);
          return { article, extraction };
        }),
      );
  // one article's extraction that resolve cannot take is dropped (with a warning), never the knowledge base
  const resolved = timed('resolve', () =>
    isolate(
      extracted!,
      (list) =>
        resolveEntities(list, {
          corrections: opts.corrections,
          correctionsFile: opts.correctionsFile,
          memo: opts.memo?.resolve,
        }),
      (item) => item.article.source,
      'resolve entities',
      'the article is shown without entities',
      warnings,
    ),
  );
  const sentences = new Map<string, readonly Span[]>(
    extracted.map(({ article, extraction }) => [
      article.id,
      Array.isArray(extraction.sentences) ? extraction.sentences : emptyExtraction(article.prose).sentences,
    ]),
  );
  // resolve has read the extractions: only their sentences go on (a caller that lets go of its own list of the
  // extractions once resolve is done, as the build does, does not hold them through link and site)
  extracted = undefined;
  const linked = timed('link', () =>
    linkArticles({
      articles,
      sentences,
      entities: resolved.entities,
      href: opts.href,
      memo: opts.memo?.link,
      spill: opts.spill,
    }),
  );
  const { kb, site } = timed('site', () =>
    buildSiteData({ articles, sentences, linked, memo: opts.memo?.site, spill: opts.spill }),
  );
  return {
    kb: { ...kb, review: resolved.review },
    site,
    warnings: [...warnings, ...resolved.warnings, ...linked.warnings],
  };
}
