import { lookupDemonym, lookupPlace } from '../lang/gazetteer.ts';
import type { SiteOffice, SiteRole } from '../core/types/site.ts';

/** Words that qualify a title without changing the office: parties, countries, demonyms. */
const QUALIFIERS = new Set([
  'republican',
  'democratic',
  'democrat',
  'conservative',
  'labour',
  'liberal',
  'the',
  'then',
  'current',
  'incoming',
  'outgoing',
  'longtime',
  'top',
  'senior',
]);

function qualifier(word: string): boolean {
  const w = word.replace(/[’']s$/, '');
  if (QUALIFIERS.has(w.toLowerCase())) return true;
  if (!/^\p{Lu}/u.test(w)) return false;
  if (lookupDemonym(w)) return true;
  // a country or region ("U.S.", "Turkey's"), never a town: "Vice" is a town somewhere too
  const place = lookupPlace(w) ?? lookupPlace(w.replace(/\.$/, ''));
  return place !== undefined && place.kind !== 'city';
}

/** The office a title names: its words without parties, countries and demonyms, lower case ("U.S. President" → "president"). */
export function office(title: string): string {
  const words = title.split(/\s+/).filter(Boolean);
  const kept = words.filter((w) => !qualifier(w));
  return (kept.length ? kept : words.slice(-1)).join(' ').toLowerCase();
}

/** One role per office (and per body it is held in): the wording most used, then the shortest, with its first proof. */
export function dedupeRoles(roles: readonly SiteRole[]): SiteOffice[] {
  const groups = new Map<string, SiteRole[]>();
  for (const r of roles) {
    const key = office(r.title);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()]
    .map((list) => {
      const tally = new Map<string, number>();
      for (const r of list) tally.set(r.title, (tally.get(r.title) ?? 0) + 1);
      const wording = [...tally].sort(
        (a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1),
      )[0]![0];
      return { role: list.find((r) => r.title === wording)!, wording, count: list.length };
    })
    .sort((a, b) => b.count - a.count);
}
