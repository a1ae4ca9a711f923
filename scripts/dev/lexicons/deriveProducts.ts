/**
 * `npm run derive:products`: names of software and devices, data/lexicons/products.json, with its credits in
 * products.LICENSE.txt beside it. Derived from the word lists of the npm package `@cspell/dict-software-terms` (MIT
 * License, © Street Side Software; a dev dependency, nothing of it is committed but what is derived here): its list of
 * tools (software-tools.txt) and the names among its terms (softwareTerms.txt: entries written with a capital and a
 * lower-case letter, "Ubuntu", "macOS", "VirtualBox"). Left out: acronyms in capitals (acronyms.json has them), names
 * of fewer than four letters, entries with a digit or a symbol, and the list of web services (online services are
 * groups by the guidelines). Each name is flagged with what else it may be, after a bar: w a common English word
 * ("Arch", "Mint"), n a first name or a surname, p a known place, o an organisation's or a website's name (the open gazetteer of
 * organisations, the compromise lexicon's organisations, a wiki or a mail service: a company that makes the product,
 * or a website, a group by the guidelines); a flagged name is no evidence of a product on its own.
 * Keys are the names in lower case ("docker" and "Docker" are one tool). Sorted and deterministic.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { lookupPlace } from '../../lang/gazetteer.ts';
import { getLexicons, isCommonWord, isEnglishWord } from '../../lang/lexicon.ts';
import { organisations, orgKey } from '../../lang/organisations.ts';

const OUT = path.resolve(import.meta.dirname, '../../../data/lexicons');
const PKG = path.dirname(createRequire(import.meta.url).resolve('@cspell/dict-software-terms/cspell-ext.json'));

/** The entries of one of the package's word lists, without comments and cspell's markers. */
function entries(file: string): string[] {
  const bytes = readFileSync(path.join(PKG, 'dict', file));
  const text = file.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
  return text
    .split(/\r?\n/)
    .map((line) =>
      line
        .replace(/#.*$/, '')
        .trim()
        .replace(/^[!~*+]+/, ''),
    )
    .filter(Boolean);
}

/**
 * A name: letters only, four or more, not all capitals; from the terms, only those that start with a capital and have
 * a lower-case letter ("VirtualBox"; "fileData" is an identifier).
 */
const isName = (word: string, tools: boolean): boolean =>
  /^\p{L}{4,}$/u.test(word) &&
  word !== word.toUpperCase() &&
  (tools || (/^\p{Lu}/u.test(word) && /\p{Ll}/u.test(word)));

function flagsOf(name: string): string {
  const lower = name.toLowerCase();
  let flags = '';
  if (isEnglishWord(lower) || isCommonWord(lower)) flags += 'w';
  const { firstNames, compromise } = getLexicons();
  if (firstNames.has(lower) || compromise.get(lower)?.some((tag) => tag === 'LastName' || tag === 'Person'))
    flags += 'n';
  if (lookupPlace(name)) flags += 'p';
  // a listed company, one the compromise lexicon knows as an organisation ("Facebook"), a wiki or a mail service: a
  // website or a body, a group by the guidelines
  const body = compromise.get(lower)?.some((tag) => tag === 'Organization' || tag === 'Company');
  if (organisations().has(orgKey(name)) || body || /^wik|wiki$|mail$/.test(lower)) flags += 'o';
  return flags;
}

const names = new Map<string, string>();
for (const [file, tools] of [
  ['software-tools.txt', true],
  ['softwareTerms.txt.gz', false],
] as const) {
  for (const word of entries(file)) {
    if (!isName(word, tools)) continue;
    const key = word.toLowerCase();
    // a capitalised spelling is the name's ("Docker" over "docker")
    const known = names.get(key);
    if (!known || (known === key && word !== key)) names.set(key, word);
  }
}
const rows = [...names.values()]
  .map((name) => {
    const flags = flagsOf(name);
    return flags ? `${name}|${flags}` : name;
  })
  .sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
writeFileSync(path.join(OUT, 'products.json'), `${JSON.stringify(rows)}\n`);
const licence = readFileSync(path.join(PKG, 'LICENSE'), 'utf8');
writeFileSync(
  path.join(OUT, 'products.LICENSE.txt'),
  `data/lexicons/products.json is derived (npm run derive:products) from the word lists of the npm package\n@cspell/dict-software-terms (https://github.com/streetsidesoftware/cspell-dicts), under the MIT License.\nThe flags after a bar (w common word, n first name or surname, p place, o organisation or website) are ours.\n\n${licence}`,
);
console.log(
  `${rows.length} names (${rows.filter((r) => !r.includes('|')).length} unflagged) → data/lexicons/products.json`,
);
