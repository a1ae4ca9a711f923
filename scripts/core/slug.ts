import { createHash } from 'node:crypto';
import slugifyLib from '@sindresorhus/slugify';

const MAX_LENGTH = 80;
/**
 * File systems limit a path component to 255 bytes. A slug keeps at most this many UTF-8 bytes, so that with a
 * hashed suffix ("-" and up to 64 hex digits) it still fits whatever letters it is made of.
 */
export const MAX_SLUG_BYTES = 160;

/**
 * A readable, path-safe slug for any Unicode name: transliterated to ASCII where a
 * transliteration exists (Gdańsk → gdansk, Москва → moskva), else the name's own
 * letters and digits (lower-cased), else "x". Never contains "/", "." or "..".
 */
export function slugify(name: string): string {
  // No decamelize: "O'Brien" → "obrien" and "McDonald" → "mcdonald", not "o-brien", "mc-donald".
  let slug = slugifyLib(name, {
    decamelize: false,
    customReplacements: [
      ['&', ' and '],
      ["'", ''],
      ['’', ''],
      ['‘', ''],
    ],
  });
  if (!/[a-z0-9]/.test(slug)) {
    slug = (
      name
        .normalize('NFKC')
        .toLowerCase()
        .match(/[\p{L}\p{N}]+/gu) ?? []
    ).join('-');
  }
  // Cut by code points (never a lone surrogate) and by bytes (never over the file system's limit).
  let bytes = 0;
  const kept: string[] = [];
  for (const c of Array.from(slug).slice(0, MAX_LENGTH)) {
    bytes += Buffer.byteLength(c);
    if (bytes > MAX_SLUG_BYTES) break;
    kept.push(c);
  }
  slug = kept.join('').replace(/-+$/, '');
  return slug || 'x';
}

/**
 * Whether a file name (without its extension) says nothing to a reader: a long hexadecimal string (a SHA-1 or
 * SHA-256 digest, 16 hex digits or more, with both digits and letters) or a UUID. Such an article's id is made
 * from its title instead.
 */
export function looksLikeHash(name: string): boolean {
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(name)) return true;
  return /^[0-9a-f]{16,}$/i.test(name) && /[0-9]/.test(name) && /[a-f]/i.test(name);
}

export const shortHash = (key: string, length = 6): string =>
  createHash('sha256').update(key).digest('hex').slice(0, length);

/** How a name is written when only case, accents and spacing are ignored. */
const plainForm = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim()
    .replace(/[\s_-]+/g, '-');

/**
 * Of several requests for one slug, the one whose name is written most nearly like it: exactly,
 * then up to case, then up to case, accents and spacing. None when the closest are tied.
 */
function ownerOf(group: readonly SlugRequest[], base: string): SlugRequest | undefined {
  const closeness = (name: string) =>
    name === base ? 0 : name.toLowerCase() === base ? 1 : plainForm(name) === base ? 2 : 3;
  const ranked = group.map((r) => ({ r, c: closeness(r.name) })).filter(({ c }) => c < 3);
  const best = Math.min(...ranked.map(({ c }) => c));
  const closest = ranked.filter(({ c }) => c === best);
  const first = Math.min(...closest.map(({ r }) => r.preference ?? 0));
  const preferred = closest.filter(({ r }) => (r.preference ?? 0) === first);
  return preferred.length === 1 ? preferred[0]!.r : undefined;
}

export interface SlugRequest {
  /** Unique, stable identity of the thing (e.g. "person:angela merkel" or a file path). */
  key: string;
  /** What the slug is made from. */
  name: string;
  /** Breaks a tie between names written alike: the lowest keeps the plain slug (default 0). */
  preference?: number;
}

/**
 * Unique slugs for a set of things. A slug no one else wants is the plain slug. When
 * several want the same slug, the one whose name is already written that way keeps it
 * (so a URL does not move when a look-alike name arrives later) and every other gets a
 * suffix hashed from its own key, so it too is the same whatever else is in the set.
 */
export function assignSlugs(
  requests: readonly SlugRequest[],
  makeSlug: (name: string) => string = slugify,
): Map<string, string> {
  const byBase = new Map<string, SlugRequest[]>();
  for (const request of requests) {
    const base = makeSlug(request.name);
    byBase.set(base, [...(byBase.get(base) ?? []), request]);
  }
  const result = new Map<string, string>();
  const used = new Set<string>();
  for (const [base, group] of [...byBase].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (group.length === 1) {
      result.set(group[0]!.key, base);
      used.add(base);
      continue;
    }
    const owner = ownerOf(group, base);
    for (const request of group) {
      if (request === owner) {
        result.set(request.key, base);
        used.add(base);
        continue;
      }
      let length = 6;
      let slug = `${base}-${shortHash(request.key, length)}`;
      while (used.has(slug) || byBase.has(slug)) slug = `${base}-${shortHash(request.key, ++length)}`;
      result.set(request.key, slug);
      used.add(slug);
    }
  }
  return result;
}
