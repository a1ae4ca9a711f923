/**
 * Fault isolation: a step that throws on one article costs a STAGE_FAILED warning naming the file, never the
 * article, the other articles or the build. The summary counts these warnings and the test corpora fail on any.
 *
 * DOSSIER_FAILPOINT="<step>@<text in the file name>" makes a step throw for matching articles, so the isolation
 * itself is tested end to end (CLI, workers) with real builds.
 */
import type { Warning } from './types/common.ts';

export const STAGE_FAILED = 'STAGE_FAILED';

/** "TypeError: Cannot read …", first line, bounded. */
export function describeError(error: unknown): string {
  const e = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const line = e.split('\n')[0]!;
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

export function stageFailed(file: string, step: string, without: string, error: unknown): Warning {
  return { code: STAGE_FAILED, file, message: `could not ${step} (${describeError(error)}); ${without}` };
}

/** Throws when DOSSIER_FAILPOINT names this step and file (fault injection for tests). */
export function failpoint(step: string, file: string): void {
  const set = process.env.DOSSIER_FAILPOINT;
  if (!set) return;
  const at = set.lastIndexOf('@');
  if (set.slice(0, at) === step && file.includes(set.slice(at + 1))) throw new Error(`failpoint: ${step} on ${file}`);
}

/** Run one step for one article; a throw becomes a STAGE_FAILED warning and `fallback` is used instead. */
export function guard<T>(
  warnings: Warning[],
  file: string,
  step: string,
  without: string,
  fallback: () => T,
  work: () => T,
): T {
  try {
    failpoint(step, file);
    return work();
  } catch (error) {
    warnings.push(stageFailed(file, step, without, error));
    return fallback();
  }
}

/**
 * A step over all articles at once (resolve, relations): when it throws, find the articles it fails on alone,
 * warn about each, and run it again without them. Costs nothing when nothing throws.
 */
export function isolate<I, T>(
  items: readonly I[],
  run: (items: readonly I[]) => T,
  fileOf: (item: I) => string,
  step: string,
  without: string,
  warnings: Warning[],
): T {
  const attempt = (list: readonly I[]): T => {
    for (const item of list) failpoint(step, fileOf(item));
    return run(list);
  };
  try {
    return attempt(items);
  } catch (first) {
    const bad = new Set<I>();
    for (const item of items) {
      try {
        attempt([item]);
      } catch (error) {
        bad.add(item);
        warnings.push(stageFailed(fileOf(item), step, without, error));
      }
    }
    if (bad.size === 0) throw first;
    return attempt(items.filter((i) => !bad.has(i)));
  }
}
