/**
 * Dates as written in articles and pages: parsed strictly or from free text, kept only when plausible. Pure, except
 * that the plausible range ends with next year by the clock unless a date is given.
 *
 * The calendar date is the one written in the source, in the source's own time zone: "2019-11-19T23:30:00-05:00" is
 * 2019-11-19 (the day the outlet's readers saw on the page), never converted to UTC (which would be the 20th).
 */
import * as chrono from 'chrono-node';
import { toIsoDate } from './fields.ts';

/** The earliest plausible date of an article. */
export const EARLIEST_DATE = '1800-01-01';

/** The last plausible date: 31 December of the year after `now`'s. */
export function latestDate(now: Date = new Date()): string {
  return `${now.getUTCFullYear() + 1}-12-31`;
}

/** Whether an ISO date (YYYY-MM-DD) lies between 1800-01-01 and the end of the year after `now`. */
export function isPlausibleDate(iso: string, now: Date = new Date()): boolean {
  return iso >= EARLIEST_DATE && iso <= latestDate(now);
}

/** The message of a DATE_IMPLAUSIBLE warning about `written` (as found) that parsed to `iso`. */
export function implausibleMessage(written: string, iso: string, now: Date = new Date()): string {
  const shown = written.length > 60 ? `${written.slice(0, 60)}…` : written;
  return `date ${JSON.stringify(shown)} (${iso}) is outside ${EARLIEST_DATE}…${latestDate(now)}: not taken as the date`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "20191119" → "2019-11-19" when it is a real day of a year 1000–2999; undefined otherwise. */
function compactDate(value: string): string | undefined {
  const m = /^([12]\d{3})(\d{2})(\d{2})$/.exec(value);
  return m ? toIsoDate(`${m[1]}-${m[2]}-${m[3]}`) : undefined;
}

/**
 * A date written in any common form, as YYYY-MM-DD (not checked for plausibility): ISO 8601 with or without a time
 * ("2019-11-19", "2019-11-19T23:30:00-05:00", "2019-11-19 07:09:00"), "20191119", and free text read by chrono-node's
 * strict parser ("19 Nov 2019 07:09 GMT", "November 19, 2019", "Tue, 19 Nov 2019 07:09:00 +0000"). A dotted date is
 * day.month.year ("06.10.2023" is 6 October); a slashed one is read by chrono (month/day/year unless the first
 * number is over 12).
 * Free text gives a date only when it writes a day, a month and a four-digit year: "3 hours ago", "Nov 19" or a
 * bare number never become a date. The calendar date is the one written, whatever the time zone.
 */
export function parseDate(value: unknown): string | undefined {
  if (value instanceof Date) return toIsoDate(value);
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  if (!text || text.length > 200) return undefined;
  const iso = toIsoDate(text) ?? (/^\d{4}-\d{2}-\d{2}[T ]/.test(text) ? toIsoDate(text.slice(0, 10)) : undefined);
  if (iso) return iso;
  if (/^\d+$/.test(text)) return compactDate(text);
  // "06.10.2023" is day.month.year wherever dots are written (chrono would read month.day)
  const dotted = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)/.exec(text);
  if (dotted) return toIsoDate(`${dotted[3]}-${pad(Number(dotted[2]))}-${pad(Number(dotted[1]))}`);
  const found = chrono.strict.parse(text, new Date(Date.UTC(2000, 0, 1)))[0];
  if (!found) return undefined;
  const { start } = found;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return undefined;
  const year = start.get('year');
  const month = start.get('month');
  const day = start.get('day');
  if (year === null || month === null || day === null || !found.text.includes(String(year))) return undefined;
  return toIsoDate(`${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`);
}

/** A date found in a source: the text as written, and where (for the warning). */
export interface DateCandidate {
  /** What the date was read from, e.g. "JSON-LD datePublished". */
  from: string;
  value: string;
}

/** The first plausible date of the candidates, in order, and the implausible ones passed over (each a message). */
export function pickDate(
  candidates: Iterable<DateCandidate>,
  now: Date = new Date(),
): { date?: string; implausible: string[] } {
  const implausible: string[] = [];
  for (const { from, value } of candidates) {
    const iso = parseDate(value);
    if (!iso) continue;
    if (isPlausibleDate(iso, now)) return { date: iso, implausible };
    implausible.push(`${from}: ${implausibleMessage(value, iso, now)}`);
  }
  return { implausible };
}

/** The date in a URL's path: "/2019/11/19/", "/2019-11-19/" or "/20191119/" (also at the end or before "-slug"). */
export function dateInUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const slashed = /\/([12]\d{3})\/(\d{1,2})\/(\d{1,2})(?=\/|$)/.exec(pathname);
  if (slashed) return toIsoDate(`${slashed[1]}-${pad(Number(slashed[2]))}-${pad(Number(slashed[3]))}`);
  const dashed = /\/([12]\d{3})-(\d{2})-(\d{2})(?=[/\-_.]|$)/.exec(pathname);
  if (dashed) return toIsoDate(`${dashed[1]}-${dashed[2]}-${dashed[3]}`);
  const compact = /(?:^|[/\-_])([12]\d{7})(?=[/\-_.]|$)/.exec(pathname);
  return compact ? compactDate(compact[1]!) : undefined;
}

/**
 * The words that begin a dateline: "Published", "Posted", "Updated", "Written" (and "First published", "Last
 * updated", "Originally published"), and their German, Spanish, French and Italian forms ("Veröffentlicht am",
 * "Publicado el", "Publié le", "Mis à jour le", "Pubblicato il").
 */
export const DATELINE_WORDS =
  '(?:first\\s+|last\\s+|originally\\s+)?(?:published|posted|updated|written|ver\\u00f6ffentlicht|aktualisiert|publicado|actualizado|publi\\u00e9|mis\\s+\\u00e0\\s+jour|pubblicato|aggiornato)';

const DATELINE = new RegExp(
  `^${DATELINE_WORDS}(?![\\p{L}])[\\s:,-]*(?:(?:on|at|am|el|le|il)(?![\\p{L}]))?[\\s:]*(.+)$`,
  'iu',
);

/** The date text after a dateline word at the start of a short line ("Published on 19 Nov 2019"); else undefined. */
export function datelineText(text: string): string | undefined {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length > 160) return undefined;
  return DATELINE.exec(line)?.[1];
}
