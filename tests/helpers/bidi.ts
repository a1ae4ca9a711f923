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

/** Outlets and authors of the articles (front matter), with controls too. */
export const BIDI_OUTLETS = [`Harbour ${RLO}Gazette`, `${RLI}Eslin ${LRO}Post`];
export const BIDI_AUTHORS = [`${RLE}Mara Quill`, `Ode ${FSI}Rask`];

/** An alias given in the corrections file, on the page of Dorota Vesnel. */
export const BIDI_ALIAS = `D. ${LRO}Vesnel`;

/** Entity names the corrections file gives to the people and places of the articles. */
export const BIDI_NAMES: Record<string, string> = {
  'Dorota Vesnel': `Dorota ${RLO}Vesnel`,
  'Ilse Marven': `Ilse ${RLE}Marven`,
  'Tomas Brell': `Tomas ${RLI}Brell`,
  'Anton Keller': `Anton${RLM} Keller${ALM}${LRM}`,
  'Vera Oslund': `${LRE}Vera ${FSI}Oslund${PDI}${PDI}`,
  Lisbon: `Lis${FSI}bon`,
  Porto: `Por${LRO}to ${LRI}`,
};

const BODY = [
  'Dorota Vesnel met Ilse Marven in Lisbon on Monday. Dorota Vesnel said the harbour would stay open.',
  'Tomas Brell and Anton Keller travelled to Porto. Tomas Brell spoke with Dorota Vesnel there.',
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
        `---\ntitle: ${JSON.stringify(title)}\ndate: 2021-0${i + 1}-1${i}\noutlet: ${JSON.stringify(BIDI_OUTLETS[i % 2])}\nauthor: ${JSON.stringify(BIDI_AUTHORS[i % 2])}\n---\n${BODY[i % BODY.length]}\n\n${BODY[(i + 1) % BODY.length]}\n`,
      ),
    ),
  );
  const yaml = Object.entries(BIDI_NAMES)
    .map(
      ([from, to]) =>
        `${from}:\n  name: ${JSON.stringify(to)}\n${from === 'Dorota Vesnel' ? `  aliases: [${JSON.stringify(BIDI_ALIAS)}]\n` : ''}`,
    )
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

const CONTROLS = new Set<string>(Object.values(BIDI));

/**
 * Where the page's own text (anything that is not one of `userTexts`) falls inside an embedding or override that
 * user text opened: the index of the first such character, or -1. User texts are found by their characters other
 * than the controls, wherever they occur; the state must also be closed at the end (`bidiClosed`), else the length of
 * the text is returned.
 */
export function bidiLeak(text: string, userTexts: readonly string[]): number {
  const kept: number[] = []; // index in `text` of each character that is not a control
  let stripped = '';
  for (let i = 0; i < text.length; i++) {
    if (CONTROLS.has(text[i]!)) continue;
    kept.push(i);
    stripped += text[i];
  }
  const user = new Set<number>();
  for (const u of userTexts) {
    const bare = [...u].filter((c) => !CONTROLS.has(c)).join('');
    for (let at = stripped.indexOf(bare); bare && at !== -1; at = stripped.indexOf(bare, at + 1)) {
      for (let j = at; j < at + bare.length; j++) user.add(kept[j]!);
    }
  }
  const open: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if ([LRE, RLE, LRO, RLO].includes(c as never)) open.push(PDF);
    else if ([LRI, RLI, FSI].includes(c as never)) open.push(PDI);
    else if (c === PDF || c === PDI) {
      if (open.pop() !== c) return i;
    } else if (!CONTROLS.has(c) && !user.has(i) && open.length > 0) return i;
  }
  return open.length === 0 ? -1 : text.length;
}
