/**
 * The boundary check on an extraction, whether fresh, from a worker or from the cache: every mention must slice
 * back to its text, none may overlap another, types must be known and sentences must be ordered spans of the text.
 */
import type { Span } from '../core/types/common.ts';
import type { DocEntity, Extraction, Mention } from '../core/types/extraction.ts';
import { ENTITY_TYPES } from '../core/types/common.ts';

export interface Checked {
  extraction: Extraction;
  /** Mentions (and malformed entities) dropped because they did not fit the text. */
  dropped: number;
}

const isSpan = (s: unknown, length: number): s is Span => {
  const o = s as Span;
  return (
    !!o && Number.isInteger(o.start) && Number.isInteger(o.end) && o.start >= 0 && o.start < o.end && o.end <= length
  );
};

/** Keep what fits `text`; count what does not. Never throws, whatever `value` is. */
export function checkExtraction(text: string, value: unknown): Checked {
  let dropped = 0;
  const raw = value as Partial<Extraction> | null;
  if (!raw || typeof raw !== 'object' || !Array.isArray(raw.entities) || !Array.isArray(raw.sentences)) {
    return { extraction: { entities: [], sentences: [] }, dropped: 1 };
  }
  const sentences: Span[] = [];
  for (const s of raw.sentences) {
    if (isSpan(s, text.length) && s.start >= (sentences.at(-1)?.end ?? 0))
      sentences.push({ start: s.start, end: s.end });
    else dropped++;
  }
  const taken: Span[] = [];
  const entities: DocEntity[] = [];
  for (const e of raw.entities as unknown[]) {
    const entity = e as Partial<DocEntity> | null;
    if (
      !entity ||
      typeof entity.name !== 'string' ||
      !ENTITY_TYPES.includes(entity.type!) ||
      !Array.isArray(entity.mentions)
    ) {
      dropped++;
      continue;
    }
    const mentions: Mention[] = [];
    for (const m of entity.mentions as unknown[]) {
      const mention = m as Mention;
      if (!isSpan(mention, text.length) || text.slice(mention.start, mention.end) !== mention.text) {
        dropped++;
        continue;
      }
      const kept = { start: mention.start, end: mention.end, text: mention.text };
      mentions.push(kept);
      taken.push(kept);
    }
    if (mentions.length === 0) continue;
    const aliases = Array.isArray(entity.aliases)
      ? entity.aliases.filter((a): a is string => typeof a === 'string')
      : [];
    const out: DocEntity = {
      name: entity.name,
      type: entity.type!,
      aliases,
      mentions: mentions.sort((a, b) => a.start - b.start),
    };
    if (Array.isArray(entity.roles)) out.roles = entity.roles.filter((r): r is string => typeof r === 'string');
    const geo = entity.geo;
    if (geo && Number.isFinite(geo.lat) && Number.isFinite(geo.lon)) out.geo = { lat: geo.lat, lon: geo.lon };
    if (typeof entity.country === 'string' && entity.country) out.country = entity.country;
    entities.push(out);
  }
  // overlapping mentions: the earlier (then longer) one wins
  taken.sort((a, b) => a.start - b.start || b.end - a.end);
  const overlapping = new Set<Span | Mention>();
  let end = -1;
  for (const t of taken) {
    if (t.start < end) overlapping.add(t);
    else end = t.end;
  }
  if (overlapping.size > 0) {
    dropped += overlapping.size;
    for (const e of entities) e.mentions = e.mentions.filter((m) => !overlapping.has(m));
  }
  return { extraction: { entities: entities.filter((e) => e.mentions.length > 0), sentences }, dropped };
}
