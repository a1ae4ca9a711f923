import { printable } from '../core/text/printable.ts';
import type { ReviewItem } from '../core/types/entity.ts';

export interface Options {
  /** Print at most this many items in full; undefined: all. */
  limit: number | undefined;
  /** How to name the command that prints them all. */
  command: string;
}

export const defaultOptions: Options = { limit: 5, command: 'npm run review' };

const TITLE: Record<ReviewItem['kind'], string> = {
  'ambiguous-surname': 'a surname alone, several people',
  'likely-surname': 'a surname alone, given to the best-known person',
  'ambiguous-name': 'a name that fits several people',
  'mixed-type': 'a type on divided evidence',
};

/**
 * The review list as the terminal shows it: each item's decision, then the entities.yaml lines
 * that would decide it the other way, indented so they can be copied as they are.
 */
export function formatReview(review: readonly ReviewItem[], options: Partial<Options> = {}): string {
  const opts = { ...defaultOptions, ...options };
  if (review.length === 0) return 'Nothing to review: every merge and type was clear.';
  const shown = opts.limit === undefined ? review : review.slice(0, opts.limit);
  const lines = [
    `To review (${review.length}): decisions Dossier was unsure of. Add the lines shown to content/entities.yaml to decide otherwise.`,
  ];
  for (const item of shown) {
    const where = item.articles?.length
      ? ` [${item.articles.slice(0, 3).join(', ')}${item.articles.length > 3 ? ', …' : ''}]`
      : '';
    lines.push(`- ${TITLE[item.kind]}: ${item.message}${where}`);
    lines.push(
      ...item.yaml
        .trimEnd()
        .split('\n')
        .map((l) => `    ${l}`),
    );
  }
  if (shown.length < review.length)
    lines.push(`… and ${review.length - shown.length} more: \`${opts.command}\` prints them all.`);
  return lines.map(printable).join('\n');
}
