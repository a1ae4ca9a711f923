/**
 * The extraction worker's code as one JavaScript file, made with esbuild once per version of the code and kept in the
 * project's cache folder (`.dossier/cache/workers`, beside the default extraction cache: the bundle belongs to the
 * code, as tsx's own cache of compiled files does, not to a content folder's extractions), so that a worker thread
 * starts by loading one file instead of registering tsx and compiling every module of the extractor (about 80
 * TypeScript files) through its hooks.
 *
 * The bundle holds the project's modules only: npm packages stay outside it, imported from where Node itself finds
 * them (their file URLs, resolved here), so they are the same files a worker loading the sources would load. A
 * module's `import.meta.url`, `dirname`, `filename` and `resolve('…')` are written into its code as the values they
 * have for the source file, so paths made from them (the model file, the word lists) do not move with the bundle.
 * When any `import.meta` is left, or esbuild fails, there is no bundle and the workers start through tsx as before.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot } from '../core/paths.ts';

/** The worker's source entry. */
export const WORKER_ENTRY = path.join(import.meta.dirname, 'extractWorker.ts');

/** Changed when the way the bundle is made changes, so that older bundles are not used. */
const FORMAT = '1';

/** The folder of the bundles: the project's, whatever the content and its extraction cache. */
export const BUNDLE_DIR = path.join(projectRoot, '.dossier', 'cache', 'workers');

/** Where the bundle of a code version is kept, and the list of the files the last one was made from. */
const bundleFile = (dir: string, key: string) => path.join(dir, `extract-worker-${key}.mjs`);
const manifestFile = (dir: string) => path.join(dir, 'extract-worker.json');

/** A bundle of another version of the code is removed once it is this old (a build may still be starting from it). */
const STALE_MS = 60 * 60 * 1000;

/** A hash of everything the bundle is made from: its source files (as listed), the packages' lock, esbuild. */
async function keyOf(inputs: readonly string[]): Promise<string> {
  const hash = createHash('sha256').update(FORMAT).update('\0').update(projectRoot);
  const { version } = JSON.parse(
    await readFile(path.join(projectRoot, 'node_modules/esbuild/package.json'), 'utf8'),
  ) as { version: string };
  hash.update('\0').update(version);
  for (const file of ['package-lock.json', ...inputs])
    hash
      .update('\0')
      .update(file)
      .update('\0')
      .update(await readFile(path.join(projectRoot, file)));
  return hash.digest('hex').slice(0, 16);
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

/**
 * The path of the worker's bundle in `dir` (made now when this version of the code has none), or undefined when it
 * cannot be made (a folder that cannot be written, say): the workers then start from the TypeScript sources through
 * tsx.
 */
export async function bundleWorker(dir = BUNDLE_DIR): Promise<string | undefined> {
  try {
    const listed = await readFile(manifestFile(dir), 'utf8').then(
      (text) => (JSON.parse(text) as { inputs: string[] }).inputs,
      () => undefined,
    );
    if (listed) {
      const file = bundleFile(dir, await keyOf(listed).catch(() => ''));
      if (await exists(file)) return file;
    }
    return await makeBundle(dir);
  } catch {
    return undefined;
  }
}

let writes = 0;

/** Bundle the worker with esbuild, and keep it under the hash of the files it was made from. */
async function makeBundle(dir: string): Promise<string | undefined> {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [WORKER_ENTRY],
    absWorkingDir: projectRoot,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // as tsx runs the sources: functions and classes keep their names
    keepNames: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [
      {
        name: 'sources-in-place',
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, (args) =>
            isBuiltin(args.path)
              ? { path: args.path, external: true }
              : { path: import.meta.resolve(args.path), external: true },
          );
          b.onLoad({ filter: /\.ts$/ }, async (args) => ({
            contents: fixImportMeta(await readFile(args.path, 'utf8'), args.path),
            loader: 'ts',
          }));
        },
      },
    ],
  });
  const code = result.outputFiles[0]?.text;
  if (!code || code.includes('import.meta')) return undefined;
  const inputs = Object.keys(result.metafile.inputs).sort();
  const file = bundleFile(dir, await keyOf(inputs));
  await mkdir(dir, { recursive: true });
  // unique per write: another build may be writing the same bundle
  const tmp = `${file}.${process.pid}.${++writes}.tmp`;
  await writeFile(tmp, code);
  await rename(tmp, file);
  const manifest = `${manifestFile(dir)}.${process.pid}.${++writes}.tmp`;
  await writeFile(manifest, JSON.stringify({ inputs }));
  await rename(manifest, manifestFile(dir));
  await removeStale(dir, file);
  return file;
}

/** The bundles of other versions of the code, once no build can still be starting from them. */
async function removeStale(dir: string, kept: string): Promise<void> {
  for (const name of await readdir(dir)) {
    const file = path.join(dir, name);
    if (!/^extract-worker-\w+\.mjs$/.test(name) || file === kept) continue;
    const { mtimeMs } = await stat(file);
    if (Date.now() - mtimeMs > STALE_MS) await rm(file, { force: true });
  }
}

/** A source file's `import.meta` values written into its code, as they are for the file where it sits. */
export function fixImportMeta(source: string, file: string): string {
  const url = pathToFileURL(file);
  return source
    .replace(/import\.meta\.resolve\((['"])([^'"]+)\1\)/g, (_, _q: string, specifier: string) =>
      JSON.stringify(
        specifier.startsWith('.') || specifier.startsWith('/')
          ? new URL(specifier, url).href
          : import.meta.resolve(specifier),
      ),
    )
    .replace(/import\.meta\.url\b/g, JSON.stringify(url.href))
    .replace(/import\.meta\.dirname\b/g, JSON.stringify(path.dirname(file)))
    .replace(/import\.meta\.filename\b/g, JSON.stringify(file));
}
