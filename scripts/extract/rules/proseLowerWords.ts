/**
 * The words a document writes in lower case in its prose: `lowerWords` without the words of handles, hashtags,
 * e-mail and web addresses ("@jane_roe", "#roeweek", "roe.com", "x.com/jane_roe"), which lower-case a name without
 * making it a common word of the text. For the layers after the tagger (the tagger's own features keep `lowerWords`).
 */
import type { DocContext } from '../analyse/analyseDocument.ts';

const cache = new WeakMap<DocContext, Set<string>>();

/** Lower-case words of the document outside handles, hashtags and addresses. */
export function proseLowerWords(ctx: DocContext): Set<string> {
  let words = cache.get(ctx);
  if (words) return words;
  words = new Set<string>();
  const t = ctx.tokens;
  // a chunk: tokens with no space between them ("@", "jane", "_", "roe")
  for (let i = 0; i < t.length; ) {
    let j = i + 1;
    while (j < t.length && !t[j]!.spaceBefore) j++;
    let address = false;
    for (let k = i; k < j && !address; k++) {
      const x = t[k]!;
      if (x.kind !== 'punct') continue;
      // "@", "#", "_", "/" in a chunk, or a dot between two words ("roe.com")
      if (/^[@#_/\\]$/.test(x.norm)) address = true;
      else if (x.norm === '.' && k > i && k + 1 < j && t[k + 1]!.kind === 'word') address = true;
    }
    if (!address)
      for (let k = i; k < j; k++) {
        const x = t[k]!;
        if (x.kind === 'word' && !x.cap && ctx.lowerWords.has(x.lower)) words.add(x.lower);
      }
    i = j;
  }
  cache.set(ctx, words);
  return words;
}
