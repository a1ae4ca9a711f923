/**
 * One review decision written into the text of entities.yaml. The file is read with the `yaml` library's document
 * API, which gives every entry, key and value with its place in the text; the edit then changes only the text of
 * what it touches (a value, a list, a new key line, a new entry at the end), so the user's comments, order, quoting
 * and layout elsewhere stay byte for byte, and `git diff` shows just the decision. Every value written is made by
 * the same library, so a name such as `a: b`, `- x` or `&anchor` is quoted and read back as that plain string.
 */
import {
  Document,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Node,
  type Pair,
  type YAMLMap,
  visit,
} from 'yaml';
import type { EntityType } from '../core/types/common.ts';
import { nameKey } from '../lang/keys.ts';

export interface SplitEdit {
  name: string;
  type?: EntityType;
  articles?: string[];
  mentions?: string[];
}

/** What a review action asks of the entity's entry. */
export type Edit =
  | { kind: 'rename'; name: string }
  | { kind: 'type'; type: EntityType }
  | { kind: 'merge'; other: string }
  | { kind: 'split'; split: SplitEdit }
  | { kind: 'ignore' }
  | { kind: 'reviewed' };

export interface Edited {
  text: string;
  /** The key of the entry that was changed or made. */
  entry: string;
}

type Value = string | boolean | string[] | Record<string, unknown>[];

const STRINGIFY = { lineWidth: 0, flowCollectionPadding: false } as const;

/**
 * The key of the entry that speaks of the entity shown as `name`: the entry written under that name, or the entry
 * that renamed an entity to it (`Islamic State:` with `name: ISIS` is the entry of "ISIS"); undefined if none.
 */
export function findEntryKey(text: string, name: string): string | undefined {
  const found = findEntry(parseDocument(text), name);
  return found ? keyText(found) : undefined;
}

/** Apply `edit` to the entry of the entity shown as `name` (made at the end of the file if it has none). */
export function editCorrections(text: string, name: string, edit: Edit): Edited {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new Error(`entities.yaml is not valid YAML: ${doc.errors[0]!.message}`);
  const root = doc.contents;
  const pair = findEntry(doc, name);
  if (!pair) return { text: appendEntry(text, root, name, newEntry(edit)), entry: name };
  const entry = keyText(pair);
  const value = pair.value;
  if (edit.kind === 'ignore') return { text: replaceValue(text, pair, { ignore: true }), entry };
  if (!isMap(value) || value.flow) return { text: replaceValue(text, pair, combine(toJs(value), edit)), entry };
  return { text: editBlockMap(text, value, edit), entry };
}

function findEntry(doc: Document.Parsed, name: string): Pair<Node, Node> | undefined {
  const root = doc.contents;
  if (!isMap(root)) return undefined;
  const key = nameKey(name);
  const pairs = root.items as Pair<Node, Node>[];
  return (
    pairs.find((p) => nameKey(keyText(p)) === key) ??
    pairs.find((p) => isMap(p.value) && nameKey(String(p.value.get('name') ?? '')) === key)
  );
}

const keyText = (pair: Pair<Node, Node>): string =>
  isScalar(pair.key) ? String(pair.key.source ?? pair.key.value) : String(pair.key);

/** The keys an edit gives an entry that has none of them yet. */
function newEntry(edit: Edit): Record<string, Value> {
  switch (edit.kind) {
    case 'rename':
      return { name: edit.name };
    case 'type':
      return { type: edit.type };
    case 'merge':
      return { merge: [edit.other] };
    case 'split':
      return { split: [splitValue(edit.split)] };
    case 'ignore':
      return { ignore: true };
    case 'reviewed':
      return { reviewed: true };
  }
}

/** An entry's keys with the edit's added: a list grows, a value is replaced. */
function combine(current: unknown, edit: Edit): Record<string, unknown> {
  const entry = { ...(current && typeof current === 'object' ? current : {}) } as Record<string, unknown>;
  for (const [key, value] of Object.entries(newEntry(edit))) {
    const had = entry[key];
    entry[key] = Array.isArray(value) && had !== undefined ? [...(Array.isArray(had) ? had : [had]), ...value] : value;
  }
  return entry;
}

function splitValue(split: SplitEdit): Record<string, unknown> {
  return {
    name: split.name,
    ...(split.type ? { type: split.type } : {}),
    ...(split.articles?.length ? { articles: split.articles } : {}),
    ...(split.mentions?.length ? { mentions: split.mentions } : {}),
  };
}

/** YAML text for a value, as the file's examples write it: block maps, lists of names on one line. */
export function yamlText(value: unknown): string {
  const doc = new Document(value);
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((item) => isScalar(item))) node.flow = true;
    },
  });
  return doc.toString(STRINGIFY).replace(/\n$/, '');
}

const indent = (text: string, by: string): string =>
  text
    .split('\n')
    .map((line) => (line ? by + line : line))
    .join('\n');

function appendEntry(text: string, root: unknown, name: string, value: Record<string, Value>): string {
  const entry = `${yamlText({ [name]: value })}\n`;
  if (root !== null && !(isScalar(root) && root.value === null) && !isMap(root))
    throw new Error('entities.yaml must be a mapping from entity names to their corrections');
  if (isMap(root) && root.flow) throw new Error('entities.yaml is written as one flow mapping: edit it by hand');
  if (text.length === 0) return entry;
  return `${text}${text.endsWith('\n') ? '' : '\n'}${entry}`;
}

/** Replace an entry's whole value (a flow map, or anything for `ignore`) with `value`, written as a block map. */
function replaceValue(text: string, pair: Pair<Node, Node>, value: Record<string, unknown>): string {
  const colon = text.indexOf(':', pair.key.range![1]);
  const range = pair.value?.range;
  if (!range || range[0] < lineEndAt(text, colon)) {
    // the value is on the key's line (`White House: { type: place }`) or missing: the block starts below the key
    const end = range ? range[1] : colon + 1;
    // a comment after the value stays on the key's line
    const comment = /^[ \t]+#[^\n]*/.exec(text.slice(end))?.[0] ?? '';
    const rest = text.slice(end + comment.length);
    const tail = rest === '' || rest.startsWith('\n') ? rest || '\n' : `\n${rest.replace(/^[ \t]+/, '')}`;
    return `${text.slice(0, colon + 1)}${comment}\n${indent(yamlText(value), '  ')}${tail}`;
  }
  // a block below the key: the key's line, with its comment, stays; the block is replaced at its own indentation
  const lineStart = text.lastIndexOf('\n', range[0] - 1) + 1;
  const block = indent(yamlText(value), ' '.repeat(range[0] - lineStart));
  return `${text.slice(0, lineStart)}${block}${text[range[1] - 1] === '\n' ? '\n' : ''}${text.slice(range[1])}`;
}

/** The index just after the end of the line holding `at` (past its newline), or the end of the text. */
function lineEndAt(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  return nl === -1 ? text.length : nl + 1;
}

function editBlockMap(text: string, map: YAMLMap, edit: Edit): string {
  const items = map.items as Pair<Node, Node>[];
  const lines = new LineCounter();
  parseDocument(text, { lineCounter: lines });
  const column = lines.linePos(items[0]!.key.range![0]).col - 1;
  const pad = ' '.repeat(column);
  const find = (key: string) => items.find((p) => isScalar(p.key) && p.key.value === key);
  const insertKey = (key: string, value: Value): string => {
    const last = items[items.length - 1]!;
    const end = last.value?.range?.[1] ?? last.key.range![1];
    const at = text[end - 1] === '\n' ? end : lineEndAt(text, end);
    const line = `${indent(yamlText({ [key]: value }), pad)}\n`;
    return `${text.slice(0, at)}${at === text.length && !text.endsWith('\n') ? '\n' : ''}${line}${text.slice(at)}`;
  };
  const setScalar = (key: string, value: string | boolean): string => {
    const pair = find(key);
    if (!pair?.value?.range) return insertKey(key, value);
    const [start, end] = pair.value.range;
    return `${text.slice(0, start)}${yamlText(value)}${text.slice(end)}`;
  };
  switch (edit.kind) {
    case 'rename':
      return setScalar('name', edit.name);
    case 'type':
      return setScalar('type', edit.type);
    case 'reviewed':
      return setScalar('reviewed', true);
    case 'ignore':
      throw new Error('unreachable: ignore replaces the whole entry');
    case 'merge':
      return addToList(text, find('merge'), edit.other, pad, insertKey);
    case 'split':
      return addToList(text, find('split'), splitValue(edit.split), pad, insertKey);
  }
}

/** Add one item to the list under `pair` (a flow list, a block list or a single value), or make the list. */
function addToList(
  text: string,
  pair: Pair<Node, Node> | undefined,
  item: string | Record<string, unknown>,
  pad: string,
  insertKey: (key: string, value: Value) => string,
): string {
  const key = typeof item === 'string' ? 'merge' : 'split';
  if (!pair?.value?.range) return insertKey(key, [item] as Value);
  const node = pair.value;
  const [start, end] = node.range!;
  if (isSeq(node) && !node.flow) {
    const lines = new LineCounter();
    parseDocument(text, { lineCounter: lines });
    const column = lines.linePos(start).col - 1;
    const at = text[end - 1] === '\n' ? end : lineEndAt(text, end);
    const entry = yamlText([item]).replace(/^\[(.*)\]$/s, '- $1');
    const line = `${indent(entry, ' '.repeat(column))}\n`;
    return `${text.slice(0, at)}${at === text.length && !text.endsWith('\n') ? '\n' : ''}${line}${text.slice(at)}`;
  }
  const items = isSeq(node) ? (toJs(node) as unknown[]) : [isScalar(node) ? (node.source ?? node.value) : toJs(node)];
  const list = yamlText([...items, item]);
  const written = list.includes('\n') ? `\n${indent(list, `${pad}  `)}` : list;
  const before = written.startsWith('\n') ? text.slice(0, start).replace(/[ \t]*$/, '') : text.slice(0, start);
  return `${before}${written}${text.slice(end)}`;
}

/** The plain value of a node (a map as an object, a list as an array, a scalar as its value). */
function toJs(node: unknown): unknown {
  if (node && typeof node === 'object' && 'toJSON' in node) return (node as { toJSON: () => unknown }).toJSON();
  return undefined;
}
