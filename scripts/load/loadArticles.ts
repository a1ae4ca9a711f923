import type { Dirent } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import { DossierError } from '../core/errors.ts';
import { failpoint, stageFailed } from '../core/guard.ts';
import { FILE_CONCURRENCY, mapLimit } from '../core/mapLimit.ts';
import { assignSlugs, looksLikeHash, slugify } from '../core/slug.ts';
import type { Article } from '../core/types/article.ts';
import type { Warning } from '../core/types/common.ts';
import { languageCode } from '../core/text/language.ts';
import { looksLikeUrl, outletName, safeUrl, titleFromFileName, toIsoDate } from './text/fields.ts';
import type { ArticleDraft } from './readers/draft.ts';
import { checkThinPage } from './checkThinPage.ts';
import { detectLanguage, languageDetector, unsupportedLanguage } from './detectLanguage.ts';
import { LOADERS, loaderFor } from './readers/loaders.ts';
import { readError } from './readers/readError.ts';
import { changedKind } from './readers/checkKind.ts';
import { maskHtml, maskMarkup } from './text/maskMarkup.ts';
import { decodeRefs } from './text/cleanTitle.ts';
import { unifyOutlets } from './text/nameOutlet.ts';
import { implausibleMessage, isPlausibleDate } from './text/readDates.ts';
import { applyDateline } from './text/readDateline.ts';

export { outletName, titleFromFileName } from './text/fields.ts';

/** Every extension read as articles, in order of preference when two files would get the same id. */
export const ARTICLE_EXTENSIONS = ['.md', '.markdown', '.txt', ...LOADERS.flatMap((l) => l.extensions)] as const;

export interface Loaded {
  articles: Article[];
  warnings: Warning[];
}

/** What one file gave when it was read: its article drafts and its warnings. */
export interface FileRead {
  drafts: ArticleDraft[];
  warnings: Warning[];
}

/**
 * What a process that loads the same folder again and again (the warm build of `npm start`) keeps between loads:
 * each file's content hash as the caller found it (by path from the articles folder, as in scripts/write/buildState.ts),
 * and what each file gave when read with that hash. A file whose hash (and its sidecar's) is unchanged is not read
 * again; everything done across files (outlets, ids, languages) is done again on every load.
 */
export interface ReadCache {
  hashes: Readonly<Record<string, string>>;
  entries: Map<string, { key: string; read: FileRead }>;
}

/** Every article under `<contentDir>/articles`, at any depth, in path order; `cache`: files unchanged are not read again. */
export async function loadArticles(contentDir: string, cache?: ReadCache): Promise<Loaded> {
  const root = path.join(contentDir, 'articles');
  const exists = await stat(root).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!exists) {
    throw new DossierError(
      'CONTENT_DIR_MISSING',
      `no articles folder: put articles (.md, .txt, .html, .docx, .pdf, .csv…) in ${root}`,
      { file: root },
    );
  }
  const { files, warnings } = await listFiles(root);
  const loaded = await loadFiles(files, root, cache);
  return { articles: loaded.articles, warnings: [...warnings, ...loaded.warnings] };
}

/**
 * The given files, with sources relative to `root` (or to their own folder). Saved pages of one host (by their
 * canonical URL) all get the same outlet name (`unifyOutlets`). With a root, a file that leads outside the content
 * folder (root's parent) when it is read is refused, as listing refuses it.
 */
export async function loadFiles(files: readonly string[], root?: string, cache?: ReadCache): Promise<Loaded> {
  const display = (file: string) => (root ? path.relative(root, file) : file).split(path.sep).join('/');
  const contentDir = root ? path.dirname(await realpath(root).catch(() => path.resolve(root))) : undefined;
  const kept = new Map<string, { key: string; read: FileRead }>();
  const results = await mapLimit(files, FILE_CONCURRENCY, async (file) => {
    const source = display(file);
    // a dataset's sidecar (news.csv.yaml) decides how its file is read: both hashes make the key
    const hash = cache?.hashes[source];
    const key = hash === undefined ? undefined : `${hash} ${cache?.hashes[`${source}.yaml`] ?? ''}`;
    const before = key === undefined ? undefined : cache?.entries.get(source);
    const read = before && before.key === key ? before.read : await loadFile(file, source, contentDir);
    if (key !== undefined) kept.set(source, { key, read });
    return read;
  });
  if (cache) {
    cache.entries.clear();
    for (const [source, entry] of kept) cache.entries.set(source, entry);
  }
  const warnings = results.flatMap((r) => r.warnings);
  const read = unifyOutlets(results.flatMap((r) => r.drafts));
  // "report.md" keeps the plain id when a "report.txt" arrives beside it (the other gets a hashed suffix).
  const preference = (source: string) =>
    ARTICLE_EXTENSIONS.indexOf(extensionOf(source) as (typeof ARTICLE_EXTENSIONS)[number]);
  const slugs = assignSlugs(
    read.map((a) => ({
      key: a.source,
      name: a.slugName ?? slugNameOf(a.source, a.title),
      preference: preference(a.source),
    })),
    slugPath,
  );
  warnings.push(...(await checkDrafts(read)));
  const articles = read.map(({ slugName: _, ...a }) => ({ id: slugs.get(a.source)!, ...a }));
  return { articles, warnings };
}

/**
 * Every draft's language, when the file did not declare one, detected from its text; a LANGUAGE_NOT_SUPPORTED
 * warning for each that extraction does not read, and a THIN_ARTICLE warning for each saved web page that looks
 * like a stub.
 */
async function checkDrafts(drafts: ArticleDraft[]): Promise<Warning[]> {
  const warnings: Warning[] = [];
  // the detector's tables take a second to load: only when some article does not declare its language
  const detect = drafts.some((d) => !d.language) ? await languageDetector() : undefined;
  for (const draft of drafts) {
    const language = draft.language ?? detectLanguage(draft.prose, detect!);
    if (language) draft.language = language;
    const unsupported = unsupportedLanguage(draft);
    if (unsupported) warnings.push(unsupported);
    const thin = checkThinPage(draft);
    if (thin) warnings.push(thin);
  }
  return warnings;
}

/**
 * What a file's article id is made from: its path without the extension ("2019/peace-talks.md" → "2019/peace-talks"),
 * or, when the file name is a hash or a UUID that says nothing, its folder and title ("2019/3f…a9.html" titled
 * "Harbour reopens" → "2019/Harbour reopens"); assignSlugs keeps it unique.
 */
export function slugNameOf(source: string, title: string): string {
  const stem = source.replace(/\.[^./]+$/, '');
  const slash = stem.lastIndexOf('/');
  const base = stem.slice(slash + 1);
  return looksLikeHash(base) && title.trim() ? `${stem.slice(0, slash + 1)}${title.replace(/[/\\]/g, ' ')}` : stem;
}

/** ".md" for "a/b.md", ".csv" for "a/b.csv#row-3". */
const extensionOf = (source: string) => path.posix.extname(source.replace(/#.*$/, '')).toLowerCase();

/**
 * One file through the loader for its format (scripts/load/readers/loaders.ts; .md and .txt here). A bug in reading one
 * file costs that file a warning, never the build; a DossierError is a deliberate stop (broken front matter) and goes on up.
 * A file that changed kind since it was listed (scripts/load/readers/checkKind.ts) is UNREADABLE, never read.
 * Every article read, of every format, is checked here for its size (LARGE_ARTICLE).
 */
async function loadFile(file: string, source: string, contentDir: string | undefined): Promise<FileRead> {
  const warnings: Warning[] = [];
  const unreadable = (e: Error | string) => ({
    drafts: [],
    warnings: [
      {
        code: 'UNREADABLE',
        file: source,
        message: `cannot read the file (${typeof e === 'string' ? e : readError(e)}); skipped`,
      },
    ],
  });
  const changed = await changedKind(file, contentDir).catch((e: Error) => e);
  if (changed) return unreadable(changed);
  const loader = loaderFor(file);
  if (loader) {
    try {
      failpoint('read the article', source);
      const size = loader.maxBytes ? (await stat(file)).size : 0;
      if (loader.maxBytes && size > loader.maxBytes) {
        const mb = (n: number) => `${Math.round(n / 2 ** 20)} MB`;
        return {
          drafts: [],
          warnings: [
            {
              code: 'FILE_TOO_LARGE',
              file: source,
              message: `is ${mb(size)}, more than the ${mb(loader.maxBytes)} read for this format; skipped`,
            },
          ],
        };
      }
      const drafts = (await loader.load(file, source, warnings)).map((draft) => applyDateline(draft));
      for (const draft of drafts) warnIfLarge(draft, warnings);
      return { drafts, warnings };
    } catch (error) {
      if (error instanceof DossierError) throw error;
      if (/^E[A-Z]+$/.test((error as NodeJS.ErrnoException).code ?? '')) return unreadable(error as Error);
      warnings.push(stageFailed(source, 'read the article', 'it is skipped', error));
      return { drafts: [], warnings };
    }
  }
  const content = await readFile(file).then(
    (b) => b,
    (e: Error) => e,
  );
  if (content instanceof Error) return unreadable(content);
  let article: ArticleDraft | undefined;
  try {
    failpoint('read the article', source);
    article = parseArticle(source, content, warnings);
  } catch (error) {
    if (error instanceof DossierError) throw error;
    warnings.push(stageFailed(source, 'read the article', 'it is shown as plain text', error));
    article = plainText(source, content);
  }
  if (article) warnIfLarge(article, warnings);
  return { drafts: article ? [article] : [], warnings };
}

/** A slug per path segment, so folders stay folders in the URL. */
const slugPath = (relative: string): string => relative.split('/').map(slugify).join('/');

/** What listing the articles folder keeps while it walks: the files and warnings so far, what was seen, links to follow. */
interface Listing {
  root: string;
  realContent: string;
  warnings: Warning[];
  files: string[];
  seen: Set<string>;
  seenFiles: Set<string>;
  links: string[];
}

/**
 * The article files under `root` (the articles folder). Symbolic links are followed when they lead to a file or
 * folder inside the content folder (root's parent); each real file and folder is read once, under its real path
 * when it has one inside root, so a loop ends and nothing is listed twice. A link that leads outside, dangles or
 * loops, and a folder that cannot be read, are warnings naming them.
 */
export async function listFiles(root: string): Promise<{ files: string[]; warnings: Warning[] }> {
  const warnings: Warning[] = [];
  const files: string[] = [];
  const realRoot = await realpath(root);
  const realContent = path.dirname(realRoot);
  const seen = new Set<string>([realRoot]);
  const seenFiles = new Set<string>();
  // real folders first, then links (so a folder reached both ways is listed under its real path)
  const links: string[] = [];
  const listing: Listing = { root, realContent, warnings, files, seen, seenFiles, links };
  await walkFolder(listing, root);
  while (links.length) await followLink(listing, links.shift()!);
  files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { files, warnings };
}

/** A path as shown in a warning: relative to the articles folder, with forward slashes. */
const shownPath = (root: string, p: string) => path.relative(root, p).split(path.sep).join('/') || '.';

/** Whether a file name has one of the article extensions. */
const isArticleName = (name: string) =>
  (ARTICLE_EXTENSIONS as readonly string[]).includes(path.extname(name).toLowerCase());

/** Whether a real path is inside the content folder (the articles folder's parent). */
const isInsideContent = (listing: Listing, real: string) => real.startsWith(listing.realContent + path.sep);

/** One folder, in name order: its articles listed, its folders walked, its links kept for later. */
async function walkFolder(listing: Listing, dir: string): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    listing.warnings.push({
      code: 'UNREADABLE',
      file: `${shownPath(listing.root, dir)}/`,
      message: `cannot read this folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); its articles are skipped`,
    });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const names = new Set(entries.map((e) => e.name.toLowerCase()));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    if (isAssetsFolder(e.name, names)) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      const real = await realpath(full).catch(() => full);
      if (!listing.seen.has(real)) {
        listing.seen.add(real);
        await walkFolder(listing, full);
      }
    } else if (e.isFile()) {
      if (isArticleName(e.name)) {
        listing.files.push(full);
        listing.seenFiles.add(await realpath(full).catch(() => full));
      }
    } else if (e.isSymbolicLink()) {
      listing.links.push(full);
    }
  }
}

/** One symbolic link: walked or listed when it leads to a folder or article inside the content folder, else a warning. */
async function followLink(listing: Listing, link: string): Promise<void> {
  let real: string;
  try {
    real = await realpath(link);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ELOOP'
        ? 'is a loop of links'
        : code === 'ENOENT'
          ? 'points to nothing (the target is missing)'
          : `cannot be followed (${code})`;
    listing.warnings.push({
      code: 'BAD_LINK',
      file: shownPath(listing.root, link),
      message: `this symbolic link ${why}; skipped`,
    });
    return;
  }
  if (!isInsideContent(listing, real)) {
    listing.warnings.push({
      code: 'LINK_OUTSIDE',
      file: shownPath(listing.root, link),
      message: 'this symbolic link points outside the content folder; skipped (copy the files in, or set CONTENT_DIR)',
    });
    return;
  }
  const target = await stat(real).catch(() => undefined);
  if (target?.isDirectory()) {
    if (listing.seen.has(real)) return;
    listing.seen.add(real);
    await walkFolder(listing, link);
  } else if (target?.isFile() && isArticleName(link) && !listing.seenFiles.has(real)) {
    listing.seenFiles.add(real);
    listing.files.push(link);
  }
}

/** "page_files" beside "page.html": the images and scripts of a saved web page, never articles. */
function isAssetsFolder(name: string, siblings: ReadonlySet<string>): boolean {
  const page = /^(.+)(?:_files|\.files|-files|_archivos|-Dateien)$/i.exec(name)?.[1]?.toLowerCase();
  return page !== undefined && ['.html', '.htm', '.xhtml', '.mht'].some((ext) => siblings.has(page + ext));
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decode, validate and normalise one file. Returns undefined (with a warning) when it has nothing to show. */
export function parseArticle(source: string, bytes: Uint8Array, warnings: Warning[]): Omit<Article, 'id'> | undefined {
  const decoded = decodeText(source, bytes, warnings);
  if (decoded === undefined) return undefined;
  const raw = decoded.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const format = /\.txt$/i.test(source) ? 'txt' : 'md';
  const readable = titleFromFileName(source);
  if (format === 'txt') return plainArticle(source, raw, readable, warnings);

  const { data, text } = readFrontMatter(source, raw);
  const bodyLine = raw.slice(0, raw.length - text.length).split('\n').length;
  const fm = (key: string) => fieldLine(raw, key);
  const fmText = (key: string) => {
    const line = fm(key);
    return line === undefined ? undefined : fieldText(raw.split('\n', line)[line - 1]!);
  };
  const article: Omit<Article, 'id'> = {
    source,
    format,
    title: readable,
    text,
    prose: maskMarkup(text),
    bodyLine,
  };
  const fields: FrontMatterFields = { article, data, source, fm, fmText, warnings };
  applyTitle(fields);
  applyDate(fields);
  applyAuthor(fields);
  applyOutlet(fields);
  applySource(fields);
  applyLanguage(fields);
  if (!text.trim()) return empty(source, warnings);
  return applyDateline(article);
}

/** The bytes as UTF-8 text; undefined (with a warning) when they are not UTF-8 or look binary. */
function decodeText(source: string, bytes: Uint8Array, warnings: Warning[]): string | undefined {
  let raw: string;
  try {
    raw = utf8.decode(bytes);
  } catch {
    warnings.push({ code: 'NOT_UTF8', file: source, message: 'not UTF-8 text (binary or another encoding); skipped' });
    return undefined;
  }
  if (raw.includes('\u0000')) {
    warnings.push({ code: 'BINARY', file: source, message: 'contains NUL bytes: looks binary; skipped' });
    return undefined;
  }
  return raw;
}

/** A .txt file as an article: all of it is the text, the file name the title. */
function plainArticle(
  source: string,
  raw: string,
  readable: string,
  warnings: Warning[],
): Omit<Article, 'id'> | undefined {
  if (!raw.trim()) return empty(source, warnings);
  const plain: Omit<Article, 'id'> = {
    source,
    format: 'txt',
    title: readable,
    text: raw,
    prose: maskHtml(raw),
    bodyLine: 1,
  };
  return applyDateline(plain);
}

/** The YAML front matter (a mapping) and the text after it; a DossierError when it is not valid YAML. */
function readFrontMatter(source: string, raw: string): { data: Record<string, unknown>; text: string } {
  // gray-matter runs `---js` / `---coffee` front matter through eval: only YAML is accepted.
  const language = /^---([^\n-][^\n]*)\n/.exec(raw)?.[1]?.trim();
  if (language && !/^ya?ml$/i.test(language)) {
    throw new DossierError(
      'FRONT_MATTER_INVALID',
      `front matter must be YAML; "---${language.slice(0, 20)}" is not supported`,
      { file: source, line: 1 },
    );
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(raw, { engines: NO_CODE_ENGINES });
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = ((error as { reason?: string }).reason ?? (error as Error).message).split('\n')[0]!;
    const line = errorLine(raw, reason, mark?.line);
    throw new DossierError('FRONT_MATTER_INVALID', `front matter is not valid YAML: ${reason}`, {
      file: source,
      line,
      cause: error,
    });
  }
  const data = (parsed.data ?? {}) as Record<string, unknown>;
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new DossierError('FRONT_MATTER_INVALID', 'front matter must be a mapping of keys to values', {
      file: source,
      line: 2,
    });
  }
  return { data, text: parsed.content };
}

/** What reading the front-matter fields onto an article needs: the article, the fields, and where to warn. */
interface FrontMatterFields {
  article: Omit<Article, 'id'>;
  data: Record<string, unknown>;
  source: string;
  /** The file line of a front-matter key. */
  fm: (key: string) => number | undefined;
  /** The value of a front-matter key as written on its line (unquoted), before YAML read it. */
  fmText: (key: string) => string | undefined;
  warnings: Warning[];
}

/** `title:` onto the article, or a warning when it is not non-empty text. */
function applyTitle({ article, data, source, fm, warnings }: FrontMatterFields): void {
  if (data.title !== undefined) {
    const title =
      typeof data.title === 'string' || typeof data.title === 'number' ? decodeRefs(String(data.title)).trim() : '';
    if (title) article.title = title;
    else
      warnings.push({
        code: 'BAD_TITLE',
        file: source,
        line: fm('title'),
        message: 'title must be non-empty text; using the file name',
      });
  }
}

/**
 * `date:` onto the article, or a warning when it is not a date or not a plausible one (then the article is undated).
 * A YAML date is read as written on its line: YAML would make "0001-01-01" 1901 and move "2019-11-19T23:30:00-05:00"
 * to the 20th (UTC); the calendar date written is kept.
 */
function applyDate({ article, data, source, fm, fmText, warnings }: FrontMatterFields): void {
  if (data.date !== undefined) {
    const written = data.date instanceof Date ? fmText('date') : undefined;
    const date = (written !== undefined ? toIsoDate(written) : undefined) ?? toIsoDate(data.date);
    if (date && isPlausibleDate(date)) article.date = date;
    else if (date)
      warnings.push({
        code: 'DATE_IMPLAUSIBLE',
        file: source,
        line: fm('date'),
        message: `${implausibleMessage(written ?? (typeof data.date === 'string' ? data.date : date), date)}; the article is undated`,
      });
    else
      warnings.push({
        code: 'BAD_DATE',
        file: source,
        line: fm('date'),
        message: `date ${preview(data.date)} is not a date (use YYYY-MM-DD); ignored`,
      });
  }
}

/** `author:` onto the article, or a warning when it is not text. */
function applyAuthor({ article, data, source, fm, warnings }: FrontMatterFields): void {
  if (data.author !== undefined) {
    if (typeof data.author === 'string' && data.author.trim()) article.author = decodeRefs(data.author).trim();
    else
      warnings.push({ code: 'BAD_AUTHOR', file: source, line: fm('author'), message: 'author must be text; ignored' });
  }
}

/** `outlet:` onto the article, or a warning when it is not a short name. */
function applyOutlet({ article, data, source, fm, warnings }: FrontMatterFields): void {
  if (data.outlet !== undefined) {
    const outlet = typeof data.outlet === 'string' ? outletName(decodeRefs(data.outlet)) : undefined;
    if (outlet) article.outlet = outlet;
    else
      warnings.push({
        code: 'BAD_OUTLET',
        file: source,
        line: fm('outlet'),
        message: 'outlet must be a short name (text); ignored',
      });
  }
}

/** `source:` onto the article as its URL (or its outlet, when it names one), or a warning when it is neither. */
function applySource({ article, data, source, fm, warnings }: FrontMatterFields): void {
  if (data.source !== undefined) {
    const url = typeof data.source === 'string' ? safeUrl(data.source) : undefined;
    const outlet = typeof data.source === 'string' && !looksLikeUrl(data.source) ? outletName(data.source) : undefined;
    if (url) article.sourceUrl = url;
    else if (outlet) article.outlet ??= outlet;
    else
      warnings.push({
        code: 'BAD_SOURCE',
        file: source,
        line: fm('source'),
        message: 'source must be an http(s) URL or the name of an outlet; ignored',
      });
  }
}

/** `language:` (or `lang:`) onto the article, overriding detection, or a warning when it is not a language tag. */
function applyLanguage({ article, data, source, fm, warnings }: FrontMatterFields): void {
  const key = data.language !== undefined ? 'language' : data.lang !== undefined ? 'lang' : undefined;
  if (!key) return;
  const language = languageCode(data[key]);
  if (language) article.language = language;
  else
    warnings.push({
      code: 'BAD_LANGUAGE',
      file: source,
      line: fm(key),
      message: `${key} ${preview(data[key])} is not a language code (use one like "en", "de" or "pt-BR"); the language is detected instead`,
    });
}

/** Above this many characters an article is still built in full, with a warning that it will be slow. */
export const LARGE_ARTICLE = 2_000_000;

/** A LARGE_ARTICLE warning for an article of any format above LARGE_ARTICLE characters; a dataset's row is named by its source and line. */
function warnIfLarge(article: Omit<Article, 'id'>, warnings: Warning[]): void {
  if (article.text.length <= LARGE_ARTICLE) return;
  const mb = (article.text.length / 1e6).toFixed(1);
  warnings.push({
    code: 'LARGE_ARTICLE',
    file: article.source,
    ...(article.source.includes('#') ? { line: article.bodyLine } : {}),
    message: `is very large (${mb} million characters): it is built in full, but extraction and its page will be slow; split it into several articles if you can`,
  });
}

/** The fallback when reading failed: the bytes as text, if they decode, with the file name as title. */
function plainText(source: string, bytes: Uint8Array): Omit<Article, 'id'> | undefined {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/\u0000/g, '');
  return text.trim()
    ? { source, format: 'txt', title: titleFromFileName(source), text, prose: maskHtml(text), bodyLine: 1 }
    : undefined;
}

function empty(source: string, warnings: Warning[]): undefined {
  warnings.push({ code: 'EMPTY', file: source, message: 'the article has no text; skipped' });
  return undefined;
}

const refuse = (language: string) => () => {
  throw new Error(`front matter in ${language} is not supported: use YAML`);
};
/** gray-matter's engines for JavaScript and CoffeeScript eval the front matter: never let them run. */
const NO_CODE_ENGINES = {
  javascript: refuse('JavaScript'),
  js: refuse('JavaScript'),
  coffee: refuse('CoffeeScript'),
  coffeescript: refuse('CoffeeScript'),
  cson: refuse('CoffeeScript'),
};

/** A front-matter value as shown in a message: short, and never expanded (a YAML alias bomb is a "list"). */
function preview(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return value === null ? 'empty' : `a ${typeof value === 'object' ? 'mapping' : typeof value}`;
}

/**
 * The file line of a YAML error. js-yaml counts from 0 in the front matter, whose line 0 is the
 * opening "---" (gray-matter keeps the newline after it). An unclosed quote is reported at the end
 * of the front matter: point at the line where the quote was opened instead.
 */
function errorLine(raw: string, reason: string, markLine: number | undefined): number {
  if (markLine === undefined) return 1;
  const lines = raw.split('\n');
  const closing = lines.findIndex((l, i) => i > 0 && /^---\s*$/.test(l));
  const last = closing === -1 ? lines.length : closing + 1;
  const quote = /within a (double|single) quoted scalar/.exec(reason)?.[1];
  if (quote) {
    const char = quote === 'double' ? '"' : "'";
    for (let i = Math.min(markLine, last - 1); i > 0; i--) {
      if ((lines[i]!.split(char).length - 1) % 2 === 1) return i + 1;
    }
  }
  return Math.min(markLine + 1, last);
}

/** The value on a front-matter line "key: value  # comment", without the comment and quotes. */
function fieldText(line: string): string {
  return line
    .replace(/^[^:]*:\s*/, '')
    .replace(/\s+#.*$/, '')
    .trim()
    .replace(/^(['"])(.*)\1$/, '$2');
}

/** The 1-based file line on which a front-matter key is set. */
function fieldLine(raw: string, key: string): number | undefined {
  const lines = raw.split('\n', 200);
  const i = lines.findIndex((l, n) => n > 0 && new RegExp(`^${key}\\s*:`).test(l));
  return i === -1 ? undefined : i + 1;
}
