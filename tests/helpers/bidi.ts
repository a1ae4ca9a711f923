import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Every bidirectional control character, by its short name. */
export const BIDI = {
  LRE: '\u202a',
  RLE: '\u202b',
  PDF: '\u202c',
  LRO: '\u202d',
  RLO: '\u202e',
  LRI: '\u2066',
  RLI: '\u2067',
  FSI: '\u2068',
  PDI: '\u2069',
  LRM: '\u200e',
  RLM: '\u200f',
  ALM: '\u061c',
} as const;
const { LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI, LRM, RLM, ALM } = BIDI;

/** Article titles, each with unclosed or stray controls; together they hold every control. */
export const BIDI_TITLES = [
  `Harbour vote ${RLO}reversed`,
  `${RLI}Council${PDF} minutes${PDI}${PDI} and ${LRE}more`,
  `Port ${FSI}talks ${LRO}resume ${LRI}soon${RLM}`,
  `${RLE}Ferry ${ALM}strike${LRM}`,
];

/** Entity names the corrections file gives to the people and places of the articles. */
export const BIDI_NAMES: Record<string, string> = {
  'Kordova Vesnik': `Kordova ${RLO}Vesnik`,
  'Ilse Marven': `Ilse ${RLE}Marven`,
  'Tomas Brell': `Tomas ${RLI}Brell`,
  'Anton Keller': `Anton${RLM} Keller${ALM}${LRM}`,
  'Vera Oslund': `${LRE}Vera ${FSI}Oslund${PDI}${PDI}`,
  Lisbon: `Lis${FSI}bon`,
  Porto: `Por${LRO}to ${LRI}`,
};

const BODY = [
  'Kordova Vesnik met Ilse Marven in Lisbon on Monday. Kordova Vesnik said the harbour would stay open.',
  'Tomas Brell and Anton Keller travelled to Porto. Tomas Brell spoke with Kordova Vesnik there.',
  'Vera Oslund, Ilse Marven and Anton Keller met in Lisbon. Vera Oslund later visited Porto.',
];

/** A content folder: four articles with those titles, and an entities.yaml that renames the entities. */
export async function bidiContent(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dossier-bidi-'));
  await mkdir(path.join(dir, 'articles'), { recursive: true });
  await Promise.all(
    BIDI_TITLES.map((title, i) =>
      writeFile(
        path.join(dir, 'articles', `bidi-${i + 1}.md`),
        `---\ntitle: ${JSON.stringify(title)}\ndate: 2021-0${i + 1}-1${i}\n---\n${BODY[i % BODY.length]}\n\n${BODY[(i + 1) % BODY.length]}\n`,
      ),
    ),
  );
  const yaml = Object.entries(BIDI_NAMES)
    .map(([from, to]) => `${from}:\n  name: ${JSON.stringify(to)}\n`)
    .join('');
  await writeFile(path.join(dir, 'entities.yaml'), yaml);
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Whether the bidirectional state is closed at the end of `text`: every embedding or override is closed by a PDF
 * and every isolate by a PDI, strictly nested, and no PDF or PDI closes something opened before the text.
 */
export function bidiClosed(text: string): boolean {
  const open: string[] = [];
  for (const c of text) {
    if ([LRE, RLE, LRO, RLO].includes(c as never)) open.push(PDF);
    else if ([LRI, RLI, FSI].includes(c as never)) open.push(PDI);
    else if (c === PDF || c === PDI) {
      if (open.pop() !== c) return false;
    }
  }
  return open.length === 0;
}
