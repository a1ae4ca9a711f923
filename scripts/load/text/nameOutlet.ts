/**
 * One readable outlet name per site: the names a page states are checked (never a slug, a URL, an @handle, a section
 * list or a generic word), the host gives one when they fail, and every page of a host gets the same name. Pure.
 */
import { parse } from 'tldts';
import { decodeRefs, nameKey } from './cleanTitle.ts';
import { looksLikeUrl } from './fields.ts';

/** Words that name a section or a page, never an outlet (compared lower-case, without trailing dots). */
const GENERIC = new Set([
  'home',
  'homepage',
  'home page',
  'front page',
  'index',
  'start',
  'startseite',
  'main',
  'news',
  'latest',
  'latest news',
  'breaking news',
  'top stories',
  'world',
  'world news',
  'u.s',
  'us',
  'us news',
  'u.s. news',
  'politics',
  'opinion',
  'business',
  'sports',
  'sport',
  'local',
  'local news',
  'article',
  'articles',
  'story',
  'blog',
  'video',
  'videos',
  'live',
  'hosted',
  'website',
  'site',
  'web',
]);

/** The host of a URL without "www.", "m.", "amp." or "mobile."; undefined when it is not an http(s) URL. */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol, hostname } = new URL(url);
    if ((protocol !== 'http:' && protocol !== 'https:') || !hostname) return undefined;
    return hostname.toLowerCase().replace(/^(?:www\d?|m|amp|mobile)\./, '');
  } catch {
    return undefined;
  }
}

/**
 * A readable name from a host: the registrable name without the public suffix (subdomains dropped), split at
 * hyphens. A label of one or two letters keeps its suffix, upper-cased ("nj.com" → "NJ.com"); three letters are an
 * acronym ("kvn.co.uk" → "KVN"); longer parts are title-cased ("www.kordova-vesnik.com" → "Kordova Vesnik").
 * Undefined for an IP address or a host without a registrable name.
 */
export function outletFromHost(host: string | undefined): string | undefined {
  if (!host) return undefined;
  const parsed = parse(host, { allowPrivateDomains: true });
  const label = parsed.domainWithoutSuffix;
  if (parsed.isIp || !label) return undefined;
  if (/^[a-z0-9]{1,2}$/i.test(label)) return `${label.toUpperCase()}.${parsed.publicSuffix}`;
  return label
    .split(/[-_]+/)
    .filter(Boolean)
    .map((w) => (w.length <= 3 && label.length <= 3 ? w.toUpperCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

/** Why a stated name is not taken as the outlet's (for tests and tooling); undefined when it is a good name. */
export function outletFault(name: string): 'empty' | 'url' | 'generic' | 'list' | 'slug' | 'long' | undefined {
  if (!/\p{L}|\p{N}/u.test(name)) return 'empty';
  if (looksLikeUrl(name) || /^[\w-]+(?:\.[\w-]+)+\/|:\/\//.test(name)) return 'url';
  if (GENERIC.has(name.toLowerCase().replace(/\.+$/, ''))) return 'generic';
  if (/[|>»]/.test(name) || (name.match(/,/g) ?? []).length >= 2 || (name.includes(',') && name.length > 30))
    return 'list';
  if (name.length > 60) return 'long';
  if (/^[a-z0-9][a-z0-9_-]*$/.test(name)) return 'slug';
  return undefined;
}

/** A stated name made clean: references decoded, white space collapsed, an "@" handle's "@" dropped. */
export function tidyOutlet(raw: string): string {
  return decodeRefs(raw)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^@(?=\S+$)/, '');
}

/**
 * The outlet of a page: the first good name of those it states (in the order given: `og:site_name`, then JSON-LD
 * `publisher.name`), else the host's name (`outletFromHost`). A slug ("kordovavesnik", or "@kordovavesnik"),
 * a URL, a section list ("News | World | Europe"), a generic word ("Home", "U.S.", "Hosted") or a name over 60
 * characters is passed over. With neither a good name nor a host, a slug is used with its first letter upper-cased.
 */
export function nameOutlet(stated: readonly (string | undefined)[], host: string | undefined): string | undefined {
  let slug: string | undefined;
  for (const raw of stated) {
    if (!raw) continue;
    const name = tidyOutlet(raw);
    const fault = outletFault(name);
    if (!fault) return name;
    if (fault === 'slug') slug ??= name;
  }
  const fromHost = outletFromHost(host);
  if (fromHost) return fromHost;
  return slug ? slug.charAt(0).toUpperCase() + slug.slice(1) : undefined;
}

/** How well a name is cased: mixed case 2, all capitals 1, all lower case 0. */
const casing = (name: string) => (/\p{Lu}/u.test(name) ? (/\p{Ll}/u.test(name) ? 2 : 1) : 0);

/** An article as `unifyOutlets` sees it. */
export interface OutletArticle {
  format: string;
  sourceUrl?: string;
  outlet?: string;
}

/**
 * The same outlet for every saved page (format "html") of a host (of its canonical URL). The names its pages give
 * are grouped by `nameKey` ("USA Today" and "USA TODAY" are one); the group named by the most pages wins, where a
 * name stated by a page counts before one derived from the host; ties go to the better-cased group, then to the
 * alphabetically first. The group's most frequent stated spelling (ties: the better cased) is the name. Pages of the host
 * without an outlet get it too. Other formats are never changed (a user's `outlet:` stays). Returns new objects for
 * the articles it changes, the same objects otherwise.
 */
export function unifyOutlets<T extends OutletArticle>(articles: readonly T[]): T[] {
  const byHost = new Map<string, Map<string, number>>();
  for (const a of articles) {
    const host = a.format === 'html' ? hostOf(a.sourceUrl) : undefined;
    if (!host || !a.outlet) continue;
    const names = byHost.get(host) ?? new Map<string, number>();
    names.set(a.outlet, (names.get(a.outlet) ?? 0) + 1);
    byHost.set(host, names);
  }
  const chosen = new Map<string, string>();
  for (const [host, names] of byHost) chosen.set(host, chooseName(names, outletFromHost(host)));
  return articles.map((a) => {
    const host = a.format === 'html' ? hostOf(a.sourceUrl) : undefined;
    const name = host ? chosen.get(host) : undefined;
    return name && name !== a.outlet ? { ...a, outlet: name } : a;
  });
}

/** The name of one host from its pages' names and their counts (see `unifyOutlets`). */
function chooseName(names: ReadonlyMap<string, number>, fromHost: string | undefined): string {
  const groups = new Map<string, { stated: number; derived: number; spellings: [string, number][] }>();
  for (const [name, count] of names) {
    const key = nameKey(name) || name;
    const group = groups.get(key) ?? { stated: 0, derived: 0, spellings: [] };
    if (name === fromHost) group.derived += count;
    else group.stated += count;
    group.spellings.push([name, count]);
    groups.set(key, group);
  }
  // a spelling a page states before the host's, then the most frequent, then the better cased
  const weight = ([name, count]: [string, number]) => (name === fromHost ? 0 : 1e6) + count;
  const best = (spellings: [string, number][]) =>
    [...spellings].sort(
      (x, y) => weight(y) - weight(x) || casing(y[0]) - casing(x[0]) || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0),
    )[0]![0];
  const ranked = [...groups.values()]
    .map((g) => ({ ...g, name: best(g.spellings) }))
    .sort(
      (a, b) =>
        b.stated - a.stated ||
        b.derived - a.derived ||
        casing(b.name) - casing(a.name) ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
  return ranked[0]!.name;
}
