/** The lines a build prints: its summary, its warnings (identical ones grouped), a fatal error. */
import type { DossierError } from '../core/errors.ts';
import { STAGE_FAILED } from '../core/guard.ts';
import { plural } from '../core/text/plural.ts';
import { printable } from '../core/text/printable.ts';
import { ENTITY_TYPES, type Warning } from '../core/types/common.ts';
import { LANGUAGE_NOT_SUPPORTED, languageOfMessage, NOT_EXTRACTED } from '../core/text/language.ts';
import type { BuildSummary } from '../core/types/summary.ts';

export function formatSummary(summary: BuildSummary): string {
  const failed = summary.warnings.filter((w) => w.code === STAGE_FAILED).length;
  const counts = ENTITY_TYPES.map((t) => plural(summary.entities[t], t)).join(', ');
  const stageTimes = summary.stages.map(([s, ms]) => `${s} ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`).join(' · ');
  if (summary.unchanged)
    return [
      `Nothing changed since the last build: the site was left as it was, with no render and no index (${plural(summary.articles, 'article')}, ${counts}, ${plural(summary.pages, 'page')}, ${plural(summary.warnings.length, 'warning')}).`,
      `Stages: ${stageTimes}`,
    ].join('\n');
  return [
    `Built ${plural(summary.articles, 'article')} (${summary.cached.toLocaleString('en-US')} from the extraction cache), ${counts}, ${plural(summary.mentions, 'mention')}, ${plural(summary.pages, 'page')}, ${plural(summary.warnings.length, 'warning')}.`,
    ...(failed
      ? [
          `${plural(failed, 'STAGE_FAILED warning')}: a step failed on some articles, which are shown without its results. This is a bug in Dossier: please report it with the file.`,
        ]
      : []),
    `Stages: ${stageTimes}`,
  ].join('\n');
}

export function formatWarning(w: Warning): string {
  return printable(`warning: ${w.file}${w.line ? `:${w.line}` : ''}: ${w.message} [${w.code}]`);
}

/** Files named in full in a group of identical warnings; the rest are counted. */
const GROUP_FILES_SHOWN = 3;

/**
 * The warnings as lines, identical ones (same code and message in different files) grouped into one:
 * "warning: 44 files: source must be … [BAD_SOURCE] (a.md, b.md, c.md and 41 more)".
 */
export function formatWarnings(warnings: readonly Warning[]): string[] {
  const groups = new Map<string, Warning[]>();
  for (const w of warnings) {
    const key = w.code === LANGUAGE_NOT_SUPPORTED ? w.code : `${w.code}\u0000${w.message}`;
    const list = groups.get(key);
    if (list) list.push(w);
    else groups.set(key, [w]);
  }
  return [...groups.values()].map((list) => {
    if (list.length === 1) return formatWarning(list[0]!);
    const first = list[0]!;
    const files = shownFiles(list);
    if (first.code === LANGUAGE_NOT_SUPPORTED)
      return printable(
        `warning: ${plural(list.length, 'file')} in ${languagesOf(list)}: ${NOT_EXTRACTED.many} [${first.code}] (${files})`,
      );
    return printable(`warning: ${plural(list.length, 'file')}: ${first.message} [${first.code}] (${files})`);
  });
}

/** The first files of a group, then how many more: "a.md, b.md, c.md and 41 more". */
function shownFiles(list: readonly Warning[]): string {
  const files = list
    .slice(0, GROUP_FILES_SHOWN)
    .map((w) => `${w.file}${w.line ? `:${w.line}` : ''}`)
    .join(', ');
  const rest = list.length > GROUP_FILES_SHOWN ? ` and ${list.length - GROUP_FILES_SHOWN} more` : '';
  return `${files}${rest}`;
}

/** Languages named in full in the grouped LANGUAGE_NOT_SUPPORTED line; the rest are counted. */
const GROUP_LANGUAGES_SHOWN = 4;

/** The languages of LANGUAGE_NOT_SUPPORTED warnings, most files first: "German, Russian, Korean and 2 more languages". */
function languagesOf(list: readonly Warning[]): string {
  const counts = new Map<string, number>();
  for (const w of list) {
    const language = languageOfMessage(w.message) ?? 'another language';
    counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  const names = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en')).map(([name]) => name);
  if (names.length <= GROUP_LANGUAGES_SHOWN) return names.join(', ').replace(/, ([^,]+)$/, ' and $1');
  return `${names.slice(0, GROUP_LANGUAGES_SHOWN).join(', ')} and ${plural(names.length - GROUP_LANGUAGES_SHOWN, 'more language')}`;
}

/** The one line a CLI prints for a fatal error. */
export function formatError(error: DossierError): string {
  return printable(`error: ${error.message} [${error.code}]`);
}
