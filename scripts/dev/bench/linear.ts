/**
 * `npm run bench:linear`: the cost of one very large article, and of one paragraph naming very many people, at
 * growing sizes; each step should cost about its size times the first step's per-character cost.
 *   --max-mb N   largest article (default 20)
 */
import { parseArgs } from 'node:util';
import { runPipeline } from '../../pipeline.ts';
import type { Article } from '../../core/types/article.ts';
import { loadTagger } from '../../context.ts';

const { values } = parseArgs({ options: { 'max-mb': { type: 'string', default: '20' } } });
const FIRST = ['Ama', 'Kofi', 'Ilse', 'Piet', 'Tomas', 'Jane', 'Yaw', 'Efua', 'Lars', 'Mira', 'Omar', 'Lena'];
const LAST = [
  'Osei',
  'Brandt',
  'Varga',
  'Moss',
  'Roe',
  'Doe',
  'Mensah',
  'Lind',
  'Okafor',
  'Sato',
  'Berg',
  'Holm',
  'Nagy',
  'Kowal',
  'Ruiz',
  'Silva',
];
const PLACES = ['Geneva', 'Nairobi', 'Kabul', 'Lima', 'Oslo', 'Hanoi', 'Accra', 'Quito'];

const article = (text: string): Article => ({
  id: 'big',
  source: 'big.txt',
  format: 'txt',
  title: 'Big',
  text,
  prose: text,
  bodyLine: 1,
});

function paragraph(i: number): string {
  const a = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`;
  const b = `${FIRST[(i * 5) % FIRST.length]} ${LAST[(i * 3) % LAST.length]}`;
  return (
    `${a}, a spokeswoman for the Halden Party, said on Monday in ${PLACES[i % PLACES.length]}: "We will not comment on paragraph ${i}." ` +
    `Minister ${b} told reporters that talks with the United Nations would resume, according to officials in ${PLACES[(i + 3) % PLACES.length]}.`
  );
}

function run(label: string, text: string): void {
  const t0 = performance.now();
  const linked = runPipeline([article(text)], { model: loadTagger().model });
  const ms = performance.now() - t0;
  const kb = JSON.stringify(linked.kb).length;
  console.log(
    `| ${label} | ${(text.length / 1e6).toFixed(2)} M | ${(ms / 1000).toFixed(1)} s | ${((ms / text.length) * 1e3).toFixed(2)} µs | ${(kb / 1e6).toFixed(1)} MB |`,
  );
}

console.log('| input | characters | pipeline (extract → link) | per character | kb.json |\n|---|---|---|---|---|');
for (let mb = 0.25; mb <= Number(values['max-mb']); mb *= 4) {
  const parts: string[] = [];
  for (let i = 0, size = 0; size < mb * 1e6; i++) {
    const p = paragraph(i);
    parts.push(p);
    size += p.length + 2;
  }
  run(`article of ${mb} MB in paragraphs`, parts.join('\n\n'));
}
for (const n of [300, 3000]) {
  const names = Array.from(
    { length: n },
    (_, i) =>
      `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i >= 192 ? ` ${LAST[(i * 7) % LAST.length]}son` : ''}`,
  );
  run(`one sentence naming ${n} people`, `The meeting was attended by ${names.join(', ')} and others.`);
}
