/**
 * The optional sidecar of a dataset, NAME.csv.yaml (or .tsv.yaml, .jsonl.yaml) beside NAME.csv: which column holds
 * which field. Validated like entities.yaml: invalid YAML, an unknown key or a value that is not a column name
 * stops the build with the file and line (DATASET_MAP_INVALID); a column the file does not have is a warning.
 *
 *   text: body_text
 *   title: hed
 *   id: story_id
 */
import { readFile } from 'node:fs/promises';
import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import { DossierError } from '../../core/errors.ts';
import { changedKind } from './checkKind.ts';

export const DATASET_FIELDS = ['text', 'title', 'date', 'author', 'url', 'id', 'outlet', 'language'] as const;
export type DatasetField = (typeof DATASET_FIELDS)[number];

export interface DatasetMap {
  /** The sidecar, as shown in messages. */
  file: string;
  fields: Partial<Record<DatasetField, { column: string; line: number }>>;
}

/**
 * The sidecar of `file` (`source` as shown), if there is one. A sidecar that exists but cannot be read throws its read
 * error with `sidecar` set to its path as shown.
 */
export async function readDatasetMap(file: string, source: string): Promise<DatasetMap | undefined> {
  for (const ext of ['.yaml', '.yml']) {
    // none is ENOENT; any other read error (not permitted, a folder) goes up as it is: the dataset is then skipped
    const changed = await changedKind(file + ext, undefined).catch(() => undefined); // a named pipe would never end
    if (changed) throw Object.assign(new Error(changed), { sidecar: source + ext });
    const text = await readFile(file + ext, 'utf8').catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return undefined;
      throw Object.assign(e, { sidecar: source + ext });
    });
    if (text !== undefined) return parseDatasetMap(text, source + ext);
  }
  return undefined;
}

/** Parse and validate the text of a sidecar. Throws DATASET_MAP_INVALID with the file and line. */
export function parseDatasetMap(text: string, file: string): DatasetMap {
  const lines = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lines, uniqueKeys: true });
  const lineOf = (node: Node | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : undefined);
  const fail = (message: string, line: number | undefined): never => {
    throw new DossierError('DATASET_MAP_INVALID', message, { file, line: line ?? 1 });
  };
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    fail(`not valid YAML: ${error.message.split(/ at line \d+/)[0]}`, error.linePos?.[0].line);
  }
  const map: DatasetMap = { file, fields: {} };
  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return map;
  if (!isMap(root))
    return fail(
      `the file must map fields to column names (e.g. "text: body"); fields: ${DATASET_FIELDS.join(', ')}`,
      lineOf(root),
    );
  for (const pair of root.items) {
    const keyNode = pair.key as Node | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    const line = lineOf(keyNode) ?? 1;
    if (!(DATASET_FIELDS as readonly string[]).includes(key))
      fail(`unknown field "${key.slice(0, 40)}": use one of ${DATASET_FIELDS.join(', ')}`, line);
    const value = pair.value as Node | null;
    const column =
      isScalar(value) && (typeof value.value === 'string' || typeof value.value === 'number')
        ? String(value.value).trim()
        : '';
    if (!column) fail(`${key} must be the name of a column`, lineOf(value) ?? line);
    map.fields[key as DatasetField] = { column, line };
  }
  return map;
}
