/**
 * Titles and names as a reader should see them: character references decoded (also when a page encoded them twice),
 * and a title without the site's name around it. Pure.
 */
import { decodeHTML } from 'entities';

/** A character reference: "&amp;", "&#39;", "&#x2019;". */
const REFERENCE = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;

/**
 * Character references decoded, by the `entities` library: one pass, and a second only when the result still has a
 * reference ("can&amp;#39;t" → "can&#39;t" → "can't"). Text without "&" is returned as it is.
 */
export function decodeRefs(text: string): string {
  if (!text.includes('&')) return text;
  const once = decodeHTML(text);
  return REFERENCE.test(once) ? decodeHTML(once) : once;
}

/**
 * A name compared loosely: lower case, accents, punctuation and spaces gone, a leading "the" and a trailing
 * ".com"/".co.uk"-like suffix dropped. "The Kordova Vesnik" and "kordovavesnik.com" both give "kordovavesnik".
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/\p{M}/gu, '')
    .replace(/^\s*(?:https?:\/\/)?(?:www\.)?/, '')
    .replace(/\.(?:com|net|org|co|news|info|online)(?:\.[a-z]{2})?\s*$/, '')
    .replace(/^the\s+|^the(?=[a-z]{4,}$)/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Separators between a title and the site's name: " | ", " - ", " – ", " — ", " :: ", " · ", " • ", " / ". */
const SEPARATOR = /\s+(?:\||-|–|—|::|·|•|\/|»)\s+/;

/** What the site is called, to recognise its name around a title. */
export interface TitleSite {
  /** The outlet's names: as chosen, and as the page states them (og:site_name, JSON-LD publisher). */
  names?: readonly (string | undefined)[];
  /** The host the page comes from ("www.kordova-vesnik.com"). */
  host?: string;
}

/** The names a site goes by, as keys: its outlet and its host (whole, and without its public suffix). */
function siteKeys(site: TitleSite): Set<string> {
  const keys = new Set<string>();
  const add = (name: string | undefined) => {
    const key = name ? nameKey(name) : '';
    if (key.length >= 2) keys.add(key);
  };
  for (const name of site.names ?? []) add(name && decodeRefs(name));
  if (site.host) {
    const host = site.host.toLowerCase().replace(/^(?:www|m|amp|mobile)\./, '');
    add(host);
    add(host.split('.')[0]);
    // "kordova-vesnik.co.uk" → "kordovavesnik"
    add(host.replace(/\.[a-z]{2,3}(?:\.[a-z]{2})?$/, ''));
  }
  return keys;
}

/**
 * A title without the site's name: a suffix (`Title | Outlet`, `Title - Outlet`, `Title — Outlet`, and a section
 * chain `Title | Section | Outlet`, whose short parts between the title and the outlet go too unless the
 * separator is a dash) or a prefix
 * (`Outlet: Title`, `Outlet | Title`) is dropped when it matches the outlet or the host, compared by `nameKey`.
 * A part that does not match stays ("Talks collapse - again" keeps "again"), and the title is never emptied.
 */
export function cleanTitle(title: string, site: TitleSite = {}): string {
  return splitTitle(title, site).title;
}

/** The title as `cleanTitle` gives it, and the site's name as the title wrote it, when one was dropped. */
export function splitTitle(title: string, site: TitleSite = {}): { title: string; site?: string } {
  const text = title.replace(/\s+/g, ' ').trim();
  const keys = siteKeys(site);
  if (!text || keys.size === 0) return { title: text };
  const matches = (part: string) => keys.has(nameKey(part));
  // prefix "Outlet: Title"
  const colon = /^([^:]{2,60}):\s+(.+)$/.exec(text);
  if (colon && matches(colon[1]!)) return { title: cleanTitle(colon[2]!, site) || text, site: colon[1]! };
  const parts: string[] = [];
  const seps: string[] = [];
  let rest = text;
  for (let m = SEPARATOR.exec(rest); m; m = SEPARATOR.exec(rest)) {
    parts.push(rest.slice(0, m.index));
    seps.push(m[0].trim());
    rest = rest.slice(m.index + m[0].length);
  }
  parts.push(rest);
  if (parts.length < 2) return { title: text };
  const last = parts.length - 1;
  if (matches(parts[last]!)) {
    // drop the outlet, then the short section names before it when they share its separator
    let end = last;
    const sep = seps[last - 1]!;
    if (!DASHES.has(sep)) while (end > 1 && seps[end - 2] === sep && isSectionName(parts[end - 1]!)) end--;
    return { title: joinParts(parts.slice(0, end), seps) || text, site: parts[last]! };
  }
  if (matches(parts[0]!)) return { title: joinParts(parts.slice(1), seps.slice(1)) || text, site: parts[0]! };
  return { title: text };
}

/** Dashes join clauses of headlines too ("Talks collapse - again"): a chain of them is never taken for sections. */
const DASHES = new Set(['-', '–', '—']);

/** A short part that names a section ("Politics", "World News"), not a clause of a headline. */
const isSectionName = (part: string) => part.length <= 30 && part.split(' ').length <= 3 && !/[.!?]$/.test(part);

/** Parts joined back with the separators that were between them. */
function joinParts(parts: readonly string[], seps: readonly string[]): string {
  return parts
    .map((p, i) => (i === 0 ? p : `${seps[i - 1]} ${p}`))
    .join(' ')
    .trim();
}
