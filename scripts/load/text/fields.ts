/** Article fields as read from any format: dates, URLs, outlet names, titles. Pure. */
import path from 'node:path';

/** A calendar date, as a YAML date or a string that is exactly YYYY-MM-DD (optionally with a time). */
export function toIsoDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  const match =
    typeof value === 'string'
      ? /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim())
      : null;
  if (!match) return undefined;
  const iso = `${match[1]}-${match[2]}-${match[3]}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : undefined;
}

/** Something written as a URL or a scheme ("data:…", "www.…", "//…"): a source, never an outlet's name. */
export function looksLikeUrl(value: string): boolean {
  return /^\s*(?:[a-z][a-z0-9+.-]*:|\/\/|www\.)/i.test(value);
}

/** `source: Reuters` or `outlet: The Guardian`: a short one-line name, trimmed; undefined if not one. */
export function outletName(value: string): string | undefined {
  const name = value.replace(/\s+/g, ' ').trim();
  return name && name.length <= 100 && /\p{L}|\p{N}/u.test(name) ? name : undefined;
}

/** An http(s) URL, normalised; undefined for anything else. */
export function safeUrl(value: string): string | undefined {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A one-line text field (title, author): white space collapsed; undefined when empty or too long to be one. */
export function oneLine(value: unknown, max = 500): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).replace(/\s+/g, ' ').trim();
  return text && text.length <= max ? text : undefined;
}

/** "2016/000_budget-talks.txt" → "000 budget talks". */
export function titleFromFileName(source: string): string {
  const base = path.posix.basename(source).replace(/\.[^.]+$/, '');
  const words = base.replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : base;
}
