import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type YAMLError } from 'yaml';
import { DossierError } from '../core/errors.ts';
import { nameKey } from '../lang/keys.ts';
import type { EntityType } from '../core/types/common.ts';
import type { Warning } from '../core/types/common.ts';
import type { Correction, SplitCorrection } from '../core/types/entity.ts';
import { ENTITY_TYPES } from '../core/types/common.ts';

/** The corrections file, relative to the content folder. */
export const CORRECTIONS_FILE = 'entities.yaml';

export interface LoadedCorrections {
  file: string;
  corrections: Correction[];
  warnings: Warning[];
}

export interface ParsedCorrections {
  corrections: Correction[];
  warnings: Warning[];
}

export const ENTRY_KEYS = ['name', 'type', 'aliases', 'merge', 'description', 'ignore', 'split', 'reviewed'] as const;
const SPLIT_KEYS = ['name', 'type', 'articles', 'mentions'] as const;
type SplitKey = (typeof SPLIT_KEYS)[number];

/** Where we are in the file: to turn a YAML node into a line for messages. */
interface Source {
  file: string;
  lines: LineCounter;
}

type ValueNode = Node | null | undefined;

/** Read and validate `<contentDir>/entities.yaml`. A missing file means no corrections. */
export async function loadCorrections(contentDir: string): Promise<LoadedCorrections> {
  const text = await readOptionalFile(path.join(contentDir, CORRECTIONS_FILE));
  if (text === undefined) return { file: CORRECTIONS_FILE, corrections: [], warnings: [] };
  return { file: CORRECTIONS_FILE, ...parseCorrections(text, CORRECTIONS_FILE) };
}

/** Parse and validate the text of a corrections file. Throws `CORRECTIONS_INVALID` with the file and line. */
export function parseCorrections(text: string, file = CORRECTIONS_FILE): ParsedCorrections {
  const src: Source = { file, lines: new LineCounter() };
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: src.lines });
  if (doc.errors.length > 0) throwYamlError(src, doc.errors[0]!);
  const warnings = doc.warnings.map((w) => toWarning(src, w));
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return { corrections: [], warnings };
  if (!isMap(root))
    fail(src, root, 'the file must be a mapping from entity names to their corrections (`Name:` then indented keys)');
  const corrections = root.items.map((pair) => readEntry(src, pair));
  rejectRepeats(src, corrections);
  return { corrections, warnings };
}

async function readOptionalFile(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new DossierError('CORRECTIONS_INVALID', `cannot read the file: ${(error as Error).message}`, {
      file: CORRECTIONS_FILE,
      cause: error,
    });
  }
}

function throwYamlError(src: Source, error: YAMLError): never {
  const reason = error.message.split(/ at line \d+/)[0];
  throw new DossierError('CORRECTIONS_INVALID', `not valid YAML: ${reason}`, {
    file: src.file,
    line: error.linePos?.[0].line,
    cause: error,
  });
}

function toWarning(src: Source, warning: YAMLError): Warning {
  const line = warning.linePos?.[0].line;
  return {
    code: 'CORRECTIONS_YAML',
    file: src.file,
    ...(line ? { line } : {}),
    message: warning.message.split(/ at line \d+/)[0]!,
  };
}

function fail(src: Source, node: ValueNode, message: string, fallbackLine?: number): never {
  throw new DossierError('CORRECTIONS_INVALID', message, { file: src.file, line: lineOf(src, node) ?? fallbackLine });
}

function lineOf(src: Source, node: ValueNode): number | undefined {
  return node?.range ? src.lines.linePos(node.range[0]).line : undefined;
}

/** One `Name: { ...options }` entry. */
function readEntry(src: Source, pair: Pair): Correction {
  const keyNode = pair.key as ValueNode;
  const match = readName(src, keyNode, 'an entity name', undefined);
  const line = lineOf(src, keyNode) ?? 1;
  const value = pair.value as ValueNode;
  if (!isMap(value) || value.items.length === 0) {
    fail(
      src,
      isMap(value) ? value : keyNode,
      `"${match}" needs its corrections as indented keys: ${ENTRY_KEYS.join(', ')}`,
    );
  }
  const correction: Correction = { match, line };
  for (const option of value.items) readEntryOption(src, option, correction);
  rejectIgnoreWithOthers(src, value.items, correction);
  rejectSelfSplits(src, correction);
  return correction;
}

function readEntryOption(src: Source, option: Pair, into: Correction): void {
  const key = readKey(src, option, ENTRY_KEYS, `"${into.match}"`);
  const node = option.value as ValueNode;
  const keyLine = lineOf(src, option.key as ValueNode);
  const what = `${key} of "${into.match}"`;
  if (key === 'name') into.name = readName(src, node, what, keyLine);
  else if (key === 'type') into.type = readType(src, node, what, keyLine);
  else if (key === 'aliases') into.aliases = readNames(src, node, what, keyLine);
  else if (key === 'merge') into.merge = readNames(src, node, what, keyLine);
  else if (key === 'description') into.description = readText(src, node, what, keyLine);
  else if (key === 'ignore') {
    if (readBoolean(src, node, what, keyLine)) into.ignore = true;
  } else if (key === 'reviewed') {
    if (readBoolean(src, node, what, keyLine)) into.reviewed = true;
  } else into.split = readSplits(src, node, what, keyLine);
}

/** `ignore: true` drops the entity: any other change to it would be lost, so it is a mistake. */
function rejectIgnoreWithOthers(src: Source, options: Pair[], correction: Correction): void {
  if (!correction.ignore || options.length === 1) return;
  const ignoreKey = options.find((p) => isScalar(p.key) && p.key.value === 'ignore')?.key as ValueNode;
  fail(
    src,
    ignoreKey,
    `"${correction.match}": ignore: true drops the entity, so it cannot be combined with other keys`,
  );
}

/** Two entries for the same entity would fight: one entry per entity. */
function rejectRepeats(src: Source, corrections: readonly Correction[]): void {
  const seen = new Map<string, Correction>();
  for (const c of corrections) {
    const earlier = seen.get(nameKey(c.match));
    if (earlier) {
      throw new DossierError(
        'CORRECTIONS_INVALID',
        `"${c.match}" is the same entity as "${earlier.match}" on line ${earlier.line}: put all its corrections in one entry`,
        { file: src.file, line: c.line },
      );
    }
    seen.set(nameKey(c.match), c);
  }
}

function readSplits(src: Source, node: ValueNode, what: string, keyLine: number | undefined): SplitCorrection[] {
  const items = isSeq(node) ? (node.items as ValueNode[]) : [node];
  if (items.length === 0)
    fail(
      src,
      node,
      `${what} must list at least one new entity (each with name, and articles and/or mentions)`,
      keyLine,
    );
  return items.map((item) => readSplit(src, item, what, keyLine));
}

function readSplit(src: Source, node: ValueNode, what: string, keyLine: number | undefined): SplitCorrection {
  if (!isMap(node))
    fail(src, node, `each entry of ${what} must be a mapping with keys: ${SPLIT_KEYS.join(', ')}`, keyLine);
  const line = lineOf(src, node) ?? keyLine ?? 1;
  const fields: { name?: string; type?: EntityType; articles?: string[]; mentions?: string[] } = {};
  for (const option of node.items) {
    const key: SplitKey = readKey(src, option, SPLIT_KEYS, `an entry of ${what}`);
    const value = option.value as ValueNode;
    const optionLine = lineOf(src, option.key as ValueNode);
    if (key === 'name') fields.name = readName(src, value, `name in ${what}`, optionLine);
    else if (key === 'type') fields.type = readType(src, value, `type in ${what}`, optionLine);
    else fields[key] = readNames(src, value, `${key} in ${what}`, optionLine);
  }
  if (fields.name === undefined) fail(src, node, `an entry of ${what} has no name: give the new entity a name`);
  if (!fields.articles && !fields.mentions) {
    fail(
      src,
      node,
      `the split "${fields.name}" of ${what} must say which mentions move: give articles, mentions or both`,
    );
  }
  return { ...fields, name: fields.name, line };
}

/** A split moves mentions to another entity: one with the entry's own name would move nothing. */
function rejectSelfSplits(src: Source, correction: Correction): void {
  const self = correction.split?.find((s) => nameKey(s.name) === nameKey(correction.match));
  if (self)
    fail(
      src,
      undefined,
      `the split "${self.name}" has the name of "${correction.match}" itself: give the new entity another name`,
      self.line,
    );
}

/** A key that must be one of `allowed`. */
function readKey<K extends string>(src: Source, pair: Pair, allowed: readonly K[], where: string): K {
  const node = pair.key as ValueNode;
  const key = isScalar(node) ? String(node.value) : undefined;
  if (key === undefined || !(allowed as readonly string[]).includes(key)) {
    fail(
      src,
      node,
      `unknown key ${key === undefined ? '' : `"${key}" `}in ${where}: allowed keys are ${allowed.join(', ')}`,
    );
  }
  return key as K;
}

/** Text from a plain scalar: strings as written; numbers as written in the file (an entity may be called 1984). */
function scalarText(node: ValueNode): string | undefined {
  if (!isScalar(node)) return undefined;
  if (typeof node.value === 'string') return node.value;
  if (typeof node.value === 'number') return node.source ?? String(node.value);
  return undefined;
}

function readText(src: Source, node: ValueNode, what: string, keyLine: number | undefined): string {
  const text = scalarText(node)?.trim();
  if (!text) fail(src, node, `${what} must be non-empty text`, keyLine);
  return text;
}

function readName(src: Source, node: ValueNode, what: string, keyLine: number | undefined): string {
  const name = readText(src, node, what, keyLine).replace(/\s+/g, ' ');
  if (!/[\p{L}\p{N}]/u.test(name)) fail(src, node, `${what} "${name}" has no letters or digits`, keyLine);
  return name;
}

/** One name or a list of names: `aliases: UN` or `aliases: [UN, U.N.]`. */
function readNames(src: Source, node: ValueNode, what: string, keyLine: number | undefined): string[] {
  if (!isSeq(node)) return [readName(src, node, what, keyLine)];
  if (node.items.length === 0) fail(src, node, `${what} must list at least one name`, keyLine);
  return (node.items as ValueNode[]).map((item) => readName(src, item, `each of ${what}`, keyLine));
}

function readType(src: Source, node: ValueNode, what: string, keyLine: number | undefined): EntityType {
  const text = scalarText(node)?.trim().toLowerCase();
  const type = ENTITY_TYPES.find((t) => t === text);
  if (!type)
    fail(src, node, `${what} is ${text ? `"${text}"` : 'missing'}: use one of ${ENTITY_TYPES.join(', ')}`, keyLine);
  return type;
}

function readBoolean(src: Source, node: ValueNode, what: string, keyLine: number | undefined): boolean {
  if (!isScalar(node) || typeof node.value !== 'boolean') fail(src, node, `${what} must be true or false`, keyLine);
  return node.value;
}
