/**
 * `npx tsx scripts/dev/bench/summariseProfile.ts FILE.cpuprofile [--top N] [--under NAME]`: a V8 CPU profile summed by
 * function (self and inclusive time, recursion counted once) and by file (self time), as shares of all samples.
 * `--under NAME` gives the inclusive share of the functions called (at any depth) from a function named NAME.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
  children?: number[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '40' }, under: { type: 'string' } },
});
const top = Number(values.top);
for (const file of positionals) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Node[] };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const total = profile.nodes.reduce((s, n) => s + n.hitCount, 0);
  const fileOf = (n: Node) => {
    const url = n.callFrame.url;
    if (!url) return `(${n.callFrame.functionName || 'program'})`;
    const m = /node_modules\/([^/]+)/.exec(url);
    if (m) return m[1]!;
    return url.replace(/^.*\/scripts\//, 'scripts/').replace(/^node:/, 'node:');
  };
  const key = (n: Node) => `${n.callFrame.functionName || '(anonymous)'} ${fileOf(n)}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  const files = new Map<string, number>();
  const inclFiles = new Map<string, number>();
  // walk from the root with the stack of keys on the path, so a recursive function counts once
  const root = profile.nodes[0]!;
  const walk = (n: Node, stack: Map<string, number>, fileStack: Map<string, number>, under: boolean): number => {
    const k = key(n);
    const f = fileOf(n);
    const isUnder = under || (values.under !== undefined && n.callFrame.functionName === values.under);
    let sum = n.hitCount;
    stack.set(k, (stack.get(k) ?? 0) + 1);
    fileStack.set(f, (fileStack.get(f) ?? 0) + 1);
    for (const c of n.children ?? []) sum += walk(byId.get(c)!, stack, fileStack, isUnder);
    stack.set(k, stack.get(k)! - 1);
    fileStack.set(f, fileStack.get(f)! - 1);
    self.set(k, (self.get(k) ?? 0) + n.hitCount);
    files.set(f, (files.get(f) ?? 0) + n.hitCount);
    if (!stack.get(k)) incl.set(k, (incl.get(k) ?? 0) + sum);
    if (!fileStack.get(f)) inclFiles.set(f, (inclFiles.get(f) ?? 0) + sum);
    return sum;
  };
  walk(root, new Map(), new Map(), false);
  const pct = (x: number) => `${((100 * x) / total).toFixed(1)}%`.padStart(6);
  const list = (title: string, m: Map<string, number>) => {
    console.log(`\n${title}`);
    for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(v)}  ${k}`);
  };
  console.log(`${file}: ${total} samples`);
  list('by file, self', files);
  list('by file, inclusive', inclFiles);
  list('by function, self', self);
  list('by function, inclusive', incl);
}
