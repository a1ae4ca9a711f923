import nlp from 'compromise';
import type { DocEntity, EntityType, Extraction, Mention } from '../types.ts';
import { splitSentences } from './splitSentences.ts';

export interface Options {
  /** Minimum length of a mention, in characters. */
  minLength: number;
}

export const defaultOptions: Options = { minLength: 2 };

const TRIM_START = /^[\s"'“”‘’(\[\-–—,.;:]+/u;
const TRIM_END = /(?:[’']s)?[\s"'“”‘’)\]\-–—,.;:!?]*$/u;

/** First version: compromise's people/organisations/places, trimmed, merged by exact name. */
export function extractEntities(text: string, options: Partial<Options> = {}): Extraction {
  const opts = { ...defaultOptions, ...options };
  const doc = nlp(text);
  const byKey = new Map<string, DocEntity>();
  const taken: Mention[] = [];
  const groups: [EntityType, ReturnType<typeof doc.people>][] = [
    ['person', doc.people()],
    ['group', doc.organizations()],
    ['place', doc.places()],
  ];
  for (const [type, view] of groups) {
    for (const match of view.json({ offset: true, terms: false }) as { offset: { start: number; length: number } }[]) {
      let start = match.offset.start;
      let end = start + match.offset.length;
      const raw = text.slice(start, end);
      start += raw.length - raw.replace(TRIM_START, '').length;
      const trimmed = text.slice(start, end).replace(TRIM_END, '');
      end = start + trimmed.length;
      if (end - start < opts.minLength) continue;
      if (taken.some((m) => m.start < end && start < m.end)) continue;
      const mention: Mention = { start, end, text: trimmed };
      taken.push(mention);
      const key = `${type}:${trimmed.toLowerCase()}`;
      const entity = byKey.get(key) ?? { name: trimmed, type, aliases: [], mentions: [] };
      entity.mentions.push(mention);
      byKey.set(key, entity);
    }
  }
  const entities = [...byKey.values()];
  for (const e of entities) e.mentions.sort((a, b) => a.start - b.start);
  return { entities, sentences: splitSentences(text) };
}
