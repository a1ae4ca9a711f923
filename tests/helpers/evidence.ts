import { readFileSync } from 'node:fs';
import { splitSentences } from '../../scripts/extract/index.ts';
import type { ArticleEvidenceInput, PlacedMention } from '../../scripts/link/evidenceInput.ts';
import type { EntityType } from '../../scripts/core/types/common.ts';
import type { Span } from '../../scripts/core/types/common.ts';

/** A name to find in the text: every whole-word occurrence becomes a mention of `id`. */
export type Name = [text: string, id: string, type: EntityType];

/** Paragraph spans: runs of non-blank lines. */
export const paragraphsOf = (text: string): Span[] =>
  [...text.matchAll(/[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));

/** Mentions of the given names found with indexOf, longest names first, never overlapping, sorted by start. */
export function placeMentions(text: string, names: readonly Name[]): PlacedMention[] {
  const found: PlacedMention[] = [];
  for (const [name, entity, type] of [...names].sort((a, b) => b[0].length - a[0].length)) {
    for (let start = text.indexOf(name); start !== -1; start = text.indexOf(name, start + 1)) {
      const end = start + name.length;
      const bounded = !/[\p{L}\p{N}]/u.test(text[start - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[end] ?? ' ');
      if (bounded && !found.some((m) => m.start < end && m.end > start))
        found.push({ entity, type, start, end, text: name });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** An evidence input built by hand: mentions by indexOf, sentences by splitSentences, paragraphs by blank lines. */
export function evidenceInput(text: string, names: readonly Name[], title = '', id = 'a'): ArticleEvidenceInput {
  return {
    article: { id, title, text },
    mentions: placeMentions(text, names),
    sentences: splitSentences(text),
    paragraphs: paragraphsOf(text),
  };
}

/** The seed article's body (after the front matter) and title. */
export function seedArticle(): { title: string; text: string } {
  const file = readFileSync(new URL('../../content/articles/000_7e88861ffe22dc8e.md', import.meta.url), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(file);
  const title = /^title:\s*"?(.*?)"?\s*$/m.exec(match?.[1] ?? '')?.[1] ?? '';
  return { title, text: file.slice(match ? match[0].length : 0) };
}

export const SEED_NAMES: readonly Name[] = [
  ['Ashton Carter', 'ashton-carter', 'person'],
  ['Carter', 'ashton-carter', 'person'],
  ['Barack Obama', 'barack-obama', 'person'],
  ['Recep Tayyip Erdogan', 'recep-tayyip-erdogan', 'person'],
  ['Erdogan', 'recep-tayyip-erdogan', 'person'],
  ['Donald Trump', 'donald-trump', 'person'],
  ['Hillary Clinton', 'hillary-clinton', 'person'],
  ['Turkey', 'turkey', 'place'],
  ['Pentagon', 'pentagon', 'group'],
  ['Mosul', 'mosul', 'place'],
  ['Raqqa', 'raqqa', 'place'],
  ['Syria', 'syria', 'place'],
  ['ISIS', 'isis', 'group'],
  ['United States', 'united-states', 'place'],
  ['White House', 'white-house', 'group'],
  ['Al-Hashd', 'al-hashd', 'group'],
];
