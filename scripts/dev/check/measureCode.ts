/**
 * `npm run check:size`: how readable the code is, in numbers: files at the scripts/ root, the longest functions of
 * scripts/ and layouts/ (a test's describe block is not counted), and how many lines pass 120 characters (Biome's
 * line width) and 160. Prints a report; exits 0 (it measures, it does not judge).
 *
 *   npm run check:size -- [--top 10] [--over 80]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import ts from 'typescript';
import { projectRoot } from '../../core/paths.ts';

const ROOT = projectRoot;
const FOLDERS = ['scripts', 'layouts', 'tests'];

interface FunctionSize {
  file: string;
  name: string;
  line: number;
  lines: number;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') || f.endsWith('.js'))
    .map((f) => path.join(dir, f))
    .filter((f) => statSync(f).isFile())
    .sort();
}

/** Every function, method and arrow function with a block body, with its length in lines. */
function functionSizes(file: string, text: string): FunctionSize[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const sizes: FunctionSize[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body && ts.isBlock(node.body as ts.Node)) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      sizes.push({ file: path.relative(ROOT, file), name: nameOf(node), line: start + 1, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return sizes;
}

function nameOf(node: ts.Node): string {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name && ts.isIdentifier(named.name)) return named.name.text;
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  return '(anonymous)';
}

const { values } = parseArgs({
  options: { top: { type: 'string', default: '10' }, over: { type: 'string', default: '80' } },
});
const top = Number(values.top);
const over = Number(values.over);
const files = FOLDERS.flatMap((f) => sourceFiles(path.join(ROOT, f)));
const sizes: FunctionSize[] = [];
let longLines = 0;
let veryLong = 0;
let lines = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const all = text.split('\n');
  lines += all.length;
  longLines += all.filter((l) => l.length > 120).length;
  veryLong += all.filter((l) => l.length > 160).length;
  const code = !path.relative(ROOT, file).startsWith('tests');
  if (code && file.endsWith('.ts')) sizes.push(...functionSizes(file, text));
}
const rootFiles = readdirSync(path.join(ROOT, 'scripts')).filter((f) => f.endsWith('.ts'));
sizes.sort((a, b) => b.lines - a.lines);
console.log(`files: ${files.length} (${lines.toLocaleString('en-US')} lines) in ${FOLDERS.join(', ')}`);
console.log(`files at the scripts/ root: ${rootFiles.length} (${rootFiles.join(', ')})`);
console.log(`lines over 120 characters: ${longLines}; over 160: ${veryLong}`);
console.log(`functions of scripts/ and layouts/ over ${over} lines: ${sizes.filter((s) => s.lines > over).length}`);
console.log(`the ${top} longest:`);
for (const s of sizes.slice(0, top)) console.log(`  ${String(s.lines).padStart(4)}  ${s.name}  ${s.file}:${s.line}`);
