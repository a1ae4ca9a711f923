/**
 * Layer (after the tagger): names found in program code and in programmers' identifiers are not names of people,
 * groups or places. Saved web pages of software documentation, tutorials and READMEs carry code: shell sessions,
 * interpreter prompts, configuration files, tracebacks ("IndexError", "Traceback", "COPY Pipfile"). Two signals, both
 * about the shape of the text, never about particular names:
 * - a line that reads as code: many of its tokens are the punctuation programs are made of (brackets, braces,
 *   `=`, `<`, `>`, `&`, `|`, `_`, `/`, `\`, `$`, `#`, `*`, `+`, backticks) or dotted identifiers (`os.path`,
 *   `requirements.txt`); a name whose every mention is on such lines is dropped, unless it is a person's full name;
 * - an identifier's shape anywhere: one word in CamelCase ending in Error, Exception or Warning ("KeyError"), or
 *   a file name with a programming or configuration extension ("setup.py", "Dockerfile" is left to the first signal).
 */
import type { DocContext } from '../analyse/analyseDocument.ts';
import type { Token } from '../analyse/tokenize.ts';

export interface Options {
  /** A line is code when at least this many of its tokens are code punctuation or dotted identifiers… */
  minCodeTokens: number;
  /** …and they are at least this share of its tokens. */
  minCodeShare: number;
}

export const defaultOptions: Options = { minCodeTokens: 4, minCodeShare: 0.2 };

interface Occ {
  first: number;
  last: number;
}

interface CodeCluster {
  type: string;
  forms: ReadonlyMap<string, number>;
  occurrences: readonly Occ[];
}

const CODE_PUNCT = new Set([
  '=',
  '[',
  ']',
  '{',
  '}',
  '<',
  '>',
  '&',
  '|',
  '_',
  '/',
  '\\',
  '$',
  '#',
  '*',
  '+',
  '`',
  '~',
  '^',
  ';',
]);

const IDENTIFIER = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}*)*(?:Error|Exception|Warning)$/u;
const CODE_FILE =
  /\.(?:py|js|ts|tsx|jsx|rb|go|rs|java|c|cpp|h|sh|bash|json|ya?ml|toml|ini|cfg|conf|txt|lock|xml|csv|md|rst)$/i;

/** 1 where the token is on a line that reads as code. */
export function codeLines(ctx: DocContext, options: Partial<Options> = {}): Uint8Array {
  const { minCodeTokens, minCodeShare } = { ...defaultOptions, ...options };
  const t = ctx.tokens;
  const out = new Uint8Array(t.length);
  let start = 0;
  for (let i = 1; i <= t.length; i++) {
    if (i < t.length && !t[i]!.lineStart) continue;
    let code = 0;
    for (let j = start; j < i; j++) if (isCodeToken(t, j)) code++;
    if (code >= minCodeTokens && code >= minCodeShare * (i - start)) out.fill(1, start, i);
    start = i;
  }
  return out;
}

/** Code punctuation, or the dot of a dotted identifier ("os.path", "a.py"), but not of a domain. */
function isCodeToken(t: readonly Token[], j: number): boolean {
  const x = t[j]!;
  if (x.kind !== 'punct') return false;
  if (CODE_PUNCT.has(x.norm) || x.text === '`') return true; // norm straightens a backquote to an apostrophe
  if (x.norm !== '.' || x.spaceBefore) return false;
  const before = t[j - 1];
  const after = t[j + 1];
  return (
    !!before &&
    !!after &&
    !after.spaceBefore &&
    after.kind === 'word' &&
    before.kind === 'word' &&
    /^\p{Ll}/u.test(after.text) &&
    !/^(?:com|org|net|gov|edu|co|uk|io|info)$/.test(after.lower)
  );
}

/** The clusters that are not code. */
export function dropCodeNames<C extends CodeCluster>(
  ctx: DocContext,
  clusters: C[],
  options: Partial<Options> = {},
): C[] {
  const code = codeLines(ctx, options);
  return clusters.filter((c) => {
    if ([...c.forms.keys()].some((f) => IDENTIFIER.test(f) || CODE_FILE.test(f))) return false;
    // a person's full name ("name = Jane Roe" in a wiki template, an author in a licence header) stays
    if (c.type === 'person' && [...c.forms.keys()].some((f) => /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+$/u.test(f)))
      return true;
    return !c.occurrences.length || !c.occurrences.every((o) => code[o.first] === 1);
  });
}
