/**
 * Read an annotator's output (see docs/annotation-guidelines.md, "Output format") and align every listed name to
 * character offsets in its paragraph. Pure: the caller supplies the documents' paragraphs.
 *
 *   # doc-id
 *   1: Jane Roe [PER] | Iraq [LOC]
 */
import { LABELS, type Label, type Span, type Unit } from '../corpora/pool.ts';

export interface TaskDoc {
  id: string;
  text: string;
  units: Unit[];
}

export interface ParsedDoc {
  id: string;
  spans: Span[];
}

export interface Problem {
  line: number;
  doc?: string;
  message: string;
}

export interface Parsed {
  docs: Map<string, ParsedDoc>;
  problems: Problem[];
}

const ITEM = /^(.*\S)\s*\[(PER|ORG|LOC|MISC)\]$/;
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{M}\p{N}]/u.test(c);

/** Find `surface` in `text` at a word boundary from `from`; white space in the surface matches any white space. */
export function findSurface(text: string, surface: string, from: number): { start: number; end: number } | undefined {
  const pattern = surface
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const re = new RegExp(pattern, 'gu');
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const okBefore = !isWordChar(text[start - 1]) || !isWordChar(text[start]);
    const okAfter = !isWordChar(text[end]) || !isWordChar(text[end - 1]);
    if (okBefore && okAfter) return { start, end };
    re.lastIndex = start + 1;
  }
  return undefined;
}

export function parseAnnotations(output: string, tasks: ReadonlyMap<string, TaskDoc>): Parsed {
  const docs = new Map<string, ParsedDoc>();
  const problems: Problem[] = [];
  let doc: TaskDoc | undefined;
  let parsed: ParsedDoc | undefined;
  output.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    const lineNo = i + 1;
    if (!line) return;
    const head = /^#\s*(\S+)\s*$/.exec(line);
    if (head) {
      doc = tasks.get(head[1]!);
      if (!doc) {
        problems.push({ line: lineNo, message: `unknown document "${head[1]}"` });
        parsed = undefined;
        return;
      }
      if (docs.has(doc.id)) problems.push({ line: lineNo, doc: doc.id, message: 'document listed twice' });
      parsed = { id: doc.id, spans: [] };
      docs.set(doc.id, parsed);
      return;
    }
    const m = /^(\d+)\s*:(.*)$/.exec(line);
    if (!m || !doc || !parsed) {
      problems.push({ line: lineNo, doc: doc?.id, message: `cannot read this line: ${line.slice(0, 80)}` });
      return;
    }
    const unit = doc.units[Number(m[1]) - 1];
    if (!unit) {
      problems.push({ line: lineNo, doc: doc.id, message: `no paragraph ${m[1]}` });
      return;
    }
    const body = m[2]!.trim();
    if (!body || body === '-') return;
    let cursor = 0;
    const local: Span[] = [];
    for (const item of body.split(/\s+\|\s+/)) {
      const im = ITEM.exec(item.trim());
      if (!im) {
        problems.push({ line: lineNo, doc: doc.id, message: `item without a [TYPE]: "${item.trim()}"` });
        continue;
      }
      const surface = im[1]!;
      const type = im[2] as Label;
      let hit = findSurface(unit.text, surface, cursor);
      if (!hit) {
        // listed out of order: take the first free occurrence anywhere in the paragraph
        for (let from = 0; ; ) {
          const h = findSurface(unit.text, surface, from);
          if (!h) break;
          if (!local.some((s) => s.start < h.end && h.start < s.end)) {
            hit = h;
            break;
          }
          from = h.start + 1;
        }
      }
      if (!hit) {
        problems.push({ line: lineNo, doc: doc.id, message: `"${surface}" not found in paragraph ${m[1]}` });
        continue;
      }
      if (local.some((s) => s.start < hit.end && hit.start < s.end)) {
        problems.push({
          line: lineNo,
          doc: doc.id,
          message: `"${surface}" overlaps another name in paragraph ${m[1]}`,
        });
        continue;
      }
      local.push({ start: hit.start, end: hit.end, type });
      cursor = hit.end;
    }
    for (const s of local) parsed.spans.push({ start: unit.start + s.start, end: unit.start + s.end, type: s.type });
  });
  for (const p of docs.values()) p.spans.sort((a, b) => a.start - b.start);
  return { docs, problems };
}

/** Write spans back in the annotators' format (used for adjudication sheets). */
export function formatUnitSpans(unit: Unit, spans: readonly Span[], text: string): string {
  return spans
    .filter((s) => s.start >= unit.start && s.end <= unit.start + unit.text.length)
    .map((s) => `${text.slice(s.start, s.end).replace(/\s+/g, ' ')} [${s.type}]`)
    .join(' | ');
}

export { LABELS };
