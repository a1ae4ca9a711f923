/**
 * `npm run derive:acronyms`: the technical acronyms that name no person, group or place, data/lexicons/acronyms.json,
 * with its credits in acronyms.LICENSE.txt beside it. Derived from the word lists of the npm package
 * `@cspell/dict-software-terms` (MIT License, © Street Side Software; a dev dependency, nothing of it is committed but
 * what is derived here): every entry of two to five letters written in capitals ("HTTP"), or in lower case when it has three letters or
 * fewer or no vowel ("api", "url"), upper-cased,
 * that is no common English word ("ZIP", "MATE") and no known place, and is not the acronym of a body that the
 * lists carry among the terms (standards bodies and software projects: those are groups). Sorted and deterministic.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { lookupPlace } from '../../lang/gazetteer.ts';
import { isEnglishWord } from '../../lang/lexicon.ts';

const OUT = path.resolve(import.meta.dirname, '../../../data/lexicons');
const PKG = path.dirname(createRequire(import.meta.url).resolve('@cspell/dict-software-terms/cspell-ext.json'));

/** Entries of the lists that are the acronyms of bodies (standards bodies, societies, foundations, agencies, projects). */
const BODIES = new Set('AAAI ACM ESA GNOME ICLR IANA IEEE IETF KDE NIST OSTIF OWASP SUSE WIPO'.split(' '));

function entries(): string[] {
  const dir = path.join(PKG, 'dict');
  const out: string[] = [];
  for (const file of readdirSync(dir).sort()) {
    const text = file.endsWith('.txt.gz')
      ? gunzipSync(readFileSync(path.join(dir, file))).toString('utf8')
      : file.endsWith('.txt')
        ? readFileSync(path.join(dir, file), 'utf8')
        : '';
    for (const line of text.split(/\r?\n/)) {
      const word = line
        .replace(/#.*$/, '')
        .trim()
        .replace(/^[!~*+]+/, '');
      if (/^[A-Za-z]{2,5}$/.test(word)) out.push(word);
    }
  }
  return out;
}

const acronyms = new Set<string>();
for (const word of entries()) {
  const upper = word.toUpperCase();
  // a lower-case entry that is a common word ("jest", "rust") is that word, not an acronym
  if (isEnglishWord(word.toLowerCase()) || BODIES.has(upper) || lookupPlace(upper)) continue;
  // a capitalised entry is a name ("Kafka"); a lower-case one of four or five letters with a vowel reads as a word or a
  // name ("vite"): keep the entries written in capitals and the short lower-case ones ("api", "url")
  const caps = word === upper;
  if (!caps && (word !== word.toLowerCase() || (word.length > 3 && /[aeiouy]/.test(word)))) continue;
  acronyms.add(upper);
}
const list = [...acronyms].sort();
writeFileSync(path.join(OUT, 'acronyms.json'), `${JSON.stringify(list)}\n`);
const licence = readFileSync(path.join(PKG, 'LICENSE'), 'utf8');
writeFileSync(
  path.join(OUT, 'acronyms.LICENSE.txt'),
  `data/lexicons/acronyms.json is derived (npm run derive:acronyms) from the word lists of the npm package\n@cspell/dict-software-terms (https://github.com/streetsidesoftware/cspell-dicts), under the MIT License:\n\n${licence}`,
);
console.log(`${list.length} acronyms → data/lexicons/acronyms.json`);
