/**
 * `npm run derive:nicknames`: the given-name ↔ nickname pairs of ../shared/data/nicknames/names.csv (carltonnorthern/
 * nicknames, Apache-2.0) as a compact JSON in data/lexicons/nicknames.json, with the licence kept beside it. Only
 * `has_nickname` pairs are kept, as name → its nicknames, sorted; the output is deterministic.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SHARED_DIR } from '../corpora/pool.ts';

const SOURCE = path.join(SHARED_DIR, 'data/nicknames');
const OUT = path.resolve(import.meta.dirname, '../../../data/lexicons');

const pairs = new Map<string, Set<string>>();
for (const line of readFileSync(path.join(SOURCE, 'names.csv'), 'utf8').split(/\r?\n/).slice(1)) {
  const [name, relation, nickname] = line.split(',').map((s) => s?.trim().toLowerCase());
  if (!name || !nickname || relation !== 'has_nickname' || name === nickname) continue;
  if (!/^[a-z][a-z'-]*$/.test(name) || !/^[a-z][a-z'-]*$/.test(nickname)) continue;
  pairs.set(name, (pairs.get(name) ?? new Set()).add(nickname));
}
const json = Object.fromEntries([...pairs].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, [...v].sort()]));
writeFileSync(path.join(OUT, 'nicknames.json'), `${JSON.stringify(json)}\n`);
writeFileSync(path.join(OUT, 'nicknames.LICENSE.txt'), readFileSync(path.join(SOURCE, 'LICENSE.txt')));
const count = [...pairs.values()].reduce((n, s) => n + s.size, 0);
console.log(`${pairs.size} names, ${count} pairs → ${path.join(OUT, 'nicknames.json')}`);
