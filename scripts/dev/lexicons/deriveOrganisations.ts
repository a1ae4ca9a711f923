/**
 * `npm run derive:organisations -- SOURCES`: the open gazetteer of organisations, data/lexicons/organisations.json,
 * with its credits in organisations.LICENSE.txt beside it. SOURCES is a folder holding checkouts (or archives
 * unpacked) of these public GitHub repositories, each under its name; nothing of them is committed but what is
 * derived here:
 *   nasdaq-listings/data/nasdaq-listed-symbols.csv   datasets/nasdaq-listings      ODC-PDDL-1.0 (see its datapackage.json)
 *   nyse-other-listings/data/other-listed.csv        datasets/nyse-other-listings  ODC-PDDL-1.0 (see its datapackage.json)
 *   university-domains-list/world_universities_and_domains.json   Hipo/university-domains-list   MIT (LICENSE.txt)
 *   clubs/** /*.clubs.txt                            openfootball/clubs            CC0-1.0 (LICENSE.md)
 * Companies: the listed issuers whose name has a company's suffix (funds, ETFs and trusts are left out), in full
 * ("Acme Holdings, Inc.") and short ("Acme Holdings", then "Acme"). Universities: every name. Clubs: every name and
 * listed alternative name. Each name is flagged with what else it may be (scripts/lang/organisations.ts): a common
 * English word, a known place, a first name, a phrase of common words. The output is sorted and deterministic.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { lookupPlace } from '../../lang/gazetteer.ts';
import { getLexicons, isCommonWord, isEnglishWord } from '../../lang/lexicon.ts';
import { type OrgFile, type OrgFlag, type OrgKind, orgKey } from '../../lang/organisations.ts';

const OUT = path.resolve(import.meta.dirname, '../../../data/lexicons');

/** Suffixes that end a company's name in a listing; the strong ones are tried first ("Platinum Group Metals Ltd."). */
const STRONG =
  /^(.+?,?\s(?:Inc|Incorporated|Corp|Corporation|Ltd|Limited|plc|PLC|LLC|L\.P|LP|N\.V|NV|S\.A|SA|AG|SE|ASA|Co)\b\.?)/;
const WEAK = /^(.+?\s(?:Company|Holdings|Group|Bancorp|Bancshares|Industries)\b)/;
/** Trailing words of a full name that its short form drops. */
const TRAILING =
  /(?:,?\s(?:Inc|Incorporated|Corp|Corporation|Ltd|Limited|plc|PLC|LLC|L\.P|LP|N\.V|NV|S\.A|SA|AG|SE|ASA|Co|Company|Holdings?|Group|\(The\)|The)\.?)+$/;
/** Issuers that are funds or vehicles, not companies. */
const FUND = /\b(?:ETF|ETN|Fund|Portfolio|Index|Shares|Notes|Acquisition|Capital Corp)\b/i;

/** A name without its trailing suffixes, nor the "&", "and" or comma they leave ("Roe & Company" → "Roe"). */
const shorten = (name: string): string =>
  name
    .replace(TRAILING, '')
    .replace(/(?:\s*,|\s+&|\s+and)+$/, '')
    .trim();

function companyNames(csv: string, nameColumn: string, etfColumn: string, testColumn: string): string[] {
  const rows = parse(csv, { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const out: string[] = [];
  for (const row of rows) {
    if (row[etfColumn] === 'Y' || row[testColumn] === 'Y') continue;
    const raw = (row[nameColumn] ?? '').replace(/\s+/g, ' ').trim();
    const full = (STRONG.exec(raw) ?? WEAK.exec(raw))?.[1];
    if (!full || FUND.test(full)) continue;
    out.push(full);
    let short = shorten(full).replace(/^The\s/, '');
    while (short && short !== full) {
      out.push(short);
      const shorter = shorten(short);
      if (shorter === short) break;
      short = shorter;
    }
  }
  return out;
}

function universityNames(json: string): string[] {
  return (JSON.parse(json) as { name: string }[]).map((u) => u.name.replace(/\s+/g, ' ').trim());
}

/** The towns and districts clubs are listed in: a club's name that is its town's is a place's name too. */
const clubTowns = new Set<string>();

/** Club names and their alternatives from openfootball's plain-text club lists; their towns go to clubTowns. */
function clubNames(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const body = line.replace(/#.*$/, '').trimEnd();
    if (!body.trim() || /^\s*[=#]/.test(body)) continue;
    if (/^\s*\|/.test(body)) {
      for (const alt of body.split('|')) {
        const name = alt.replace(/\[[a-z]{2}\]/g, '').trim();
        if (name) out.push(name);
      }
    } else if (/^\S/.test(body)) {
      const fields = body.split(/,|\t|\s{2,}/).map((f) => f.trim());
      out.push(fields[0]!);
      // "Name, 1900, @ Stadium, Town (District)": the last field is where the club plays
      const town = fields.length > 1 ? fields[fields.length - 1]! : '';
      if (!/^(?:@|\d)/.test(town)) for (const part of town.split(/[()/]/)) if (part.trim()) clubTowns.add(orgKey(part));
    }
  }
  // a sponsor's name in $$ marks is a passing form of the club's
  return out.filter((n) => /\p{L}/u.test(n) && !/[()@$]/.test(n));
}

function walk(dir: string, suffix: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = path.join(dir, name);
      return statSync(p).isDirectory() ? walk(p, suffix) : name.endsWith(suffix) ? [p] : [];
    });
}

/** What else a name may be. */
function flagsOf(name: string): OrgFlag[] {
  const words = orgKey(name)
    .split(' ')
    .map((w) => w.replace(/'s$/, ''));
  const flags: OrgFlag[] = [];
  const common = (w: string) => isCommonWord(w) || isEnglishWord(w);
  if (words.length === 1 && common(words[0]!)) flags.push('w');
  if (lookupPlace(name) || lookupPlace(name.replace(/^The\s/, '')) || clubTowns.has(orgKey(name))) flags.push('p');
  if (getLexicons().firstNames.has(words[0]!)) flags.push('n');
  if (words.length > 1 && words.every(common)) flags.push('c');
  return flags;
}

/** The credits and licences of the sources, with the MIT notice that must travel with what is derived from it. */
function credits(mitNotice: string): string {
  return `organisations.json is derived by scripts/dev/lexicons/deriveOrganisations.ts from these open data sets.

Companies: the issuers listed in datasets/nasdaq-listings (data/nasdaq-listed-symbols.csv) and
datasets/nyse-other-listings (data/other-listed.csv), Data Packages published by their maintainers under the
Open Data Commons Public Domain Dedication and License (ODC-PDDL-1.0,
https://opendatacommons.org/licenses/pddl/1-0/). The listings themselves come from the NASDAQ Trader symbol
directory; only the issuers' names are kept here.

Universities: the names in Hipo/university-domains-list (world_universities_and_domains.json), under the MIT
licence, whose notice follows.

Football clubs: the club names and their listed alternative names in openfootball/clubs, dedicated to the
public domain under CC0-1.0 (https://creativecommons.org/publicdomain/zero/1.0/).

The flags after a bar (w common word, p place, n first name, c phrase of common words) are ours.

----- Hipo/university-domains-list: LICENSE.txt -----

${mitNotice.trim()}
`;
}

function main(): void {
  const sources = process.argv[2];
  if (!sources) {
    console.error('usage: npm run derive:organisations -- SOURCES_FOLDER');
    process.exit(2);
  }
  const read = (p: string) => readFileSync(path.join(sources, p), 'utf8');
  const names: Record<OrgKind, string[]> = {
    company: [
      ...companyNames(read('nasdaq-listings/data/nasdaq-listed-symbols.csv'), 'Company Name', 'ETF', 'Test Issue'),
      ...companyNames(read('nyse-other-listings/data/other-listed.csv'), 'Company Name', 'ETF', 'Test Issue'),
    ],
    university: universityNames(read('university-domains-list/world_universities_and_domains.json')),
    club: walk(path.join(sources, 'clubs'), '.clubs.txt').flatMap((f) => clubNames(readFileSync(f, 'utf8'))),
  };
  const seen = new Set<string>();
  const file = {} as OrgFile;
  for (const kind of ['company', 'university', 'club'] as const) {
    const rows = new Map<string, string>();
    for (const name of names[kind]) {
      const key = orgKey(name);
      // one short letter or digit string is no name to look for
      if (key.replace(/[^\p{L}]/gu, '').length < 2 || seen.has(key)) continue;
      seen.add(key);
      const flags = flagsOf(name).join('');
      rows.set(key, flags ? `${name}|${flags}` : name);
    }
    file[kind] = [...rows].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
  }
  writeFileSync(path.join(OUT, 'organisations.json'), `${JSON.stringify(file)}\n`);
  writeFileSync(path.join(OUT, 'organisations.LICENSE.txt'), credits(read('university-domains-list/LICENSE.txt')));
  const counts = Object.entries(file).map(([k, v]) => `${v.length} ${k}`);
  console.log(`${counts.join(', ')} → ${path.join(OUT, 'organisations.json')}`);
}

main();
