/** What every reader gives back: article drafts, and the interface a format's loader has. */
import type { Article } from '../../core/types/article.ts';
import type { Warning } from '../../core/types/common.ts';

/** An article before its id is given. `slugName` is the name its id is made from (default: the source without extension). */
export type ArticleDraft = Omit<Article, 'id'> & { slugName?: string };

export interface Loader {
  /** Lower-case extensions with the dot, e.g. ".html". */
  extensions: readonly string[];
  /** A larger file is skipped with a FILE_TOO_LARGE warning before it is read (formats read whole). */
  maxBytes?: number;
  /** Read one file; `source` is its path as shown (relative to the articles folder). Problems go to `warnings`. */
  load: (file: string, source: string, warnings: Warning[]) => Promise<ArticleDraft[]>;
}
