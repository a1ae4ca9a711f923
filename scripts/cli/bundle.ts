import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { zipSync, type Zippable } from 'fflate';
import { runBuild } from '../build.ts';
import { formatError, formatSummary, formatWarnings } from '../report/formatSummary.ts';
import { readConfig } from '../config.ts';
import { DossierError } from '../core/errors.ts';

/**
 * `npm run bundle`: build the offline site (relative links, no server needed) and zip it,
 * ready to send or to open from disk: unzip, then open index.html.
 */
const { values } = parseArgs({ options: { out: { type: 'string', default: 'dossier-offline.zip' } } });
let config: ReturnType<typeof readConfig>;
try {
  config = { ...readConfig({ ...process.env, OUTPUT_DIR: process.env.OUTPUT_DIR || '_site-offline' }), offline: true };
  const summary = await runBuild(config);
  for (const line of formatWarnings(summary.warnings)) process.stderr.write(`${line}\n`);
  process.stderr.write(`${formatSummary(summary)}\n`);
} catch (error) {
  if (error instanceof DossierError) {
    process.stderr.write(`${formatError(error)}\n`);
    process.exit(1);
  }
  throw error;
}

// Fixed dates and sorted entries: the same site always gives the same zip.
const mtime = new Date(process.env.BUILD_DATE || '2000-01-01T00:00:00Z');
const files: Zippable = {};
const entries = (await readdir(config.outputDir, { recursive: true, withFileTypes: true }))
  .filter((e) => e.isFile())
  .map((e) => path.join(e.parentPath, e.name))
  .sort();
for (const file of entries) {
  const name = `dossier/${path.relative(config.outputDir, file).split(path.sep).join('/')}`;
  files[name] = [await readFile(file), { mtime }];
}
const zip = zipSync(files, { level: 6 });
// never overwrite a file Dossier did not write: an existing file must be a zip of a Dossier site ("dossier/" inside)
const existing = await readFile(values.out!).catch(() => undefined);
if (
  existing &&
  !(
    existing.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) &&
    existing.subarray(30, 38).toString('latin1') === 'dossier/'
  )
) {
  process.stderr.write(
    `error: ${values.out} exists and is not a Dossier bundle; choose another name with --out [OUTPUT_REFUSED]\n`,
  );
  process.exit(1);
}
await writeFile(values.out!, zip);
process.stderr.write(
  `Wrote ${values.out} (${(zip.length / 1024).toFixed(0)} KB, ${entries.length} files): unzip it and open dossier/index.html in a browser.\n`,
);
