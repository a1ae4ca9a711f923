/**
 * The review mode of `npm start`: a request handler put in front of the site's files. It answers only requests
 * addressed to this machine's server by name (`Host` is 127.0.0.1 or localhost with the server's port, so a page of
 * another site that rebinds its DNS name to 127.0.0.1 gets nothing); it adds the review tools to the pages it
 * serves; and it takes POSTs to `__review/api` that carry the token made at start-up, from a page of this server
 * (`Origin`), with a small JSON body. Each action is one edit of content/entities.yaml, checked by the build's own
 * rules, written atomically with the previous version kept as entities.yaml.bak; then the site is rebuilt and the
 * browser is told where the entity now lives. Nothing else is ever written.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { DossierError } from '../core/errors.ts';
import type { EntityType } from '../core/types/common.ts';
import type { KbEntity, KnowledgeBase } from '../core/types/kb.ts';
import { nameKey } from '../lang/keys.ts';
import { CORRECTIONS_FILE, parseCorrections } from '../load/loadCorrections.ts';
import { type Edit, editCorrections, findEntryKey } from './editCorrections.ts';
import { entityNamed, indexEntities, listReview, readDecisions } from './listReview.ts';
import { type ReviewRequest, RequestError, readRequest } from './readRequest.ts';
import { injectReview, REVIEW_PATH, renderReviewPage, renderToolbar } from './renderReview.ts';
import { isReviewFile, readCorrectionsText, writeCorrections } from './writeCorrections.ts';

export interface Options {
  contentDir: string;
  outputDir: string;
  /** The site's path prefix: "/" or "/repo/". */
  prefix: string;
  /** Rebuild the site; resolves once a build started after the call has ended (true: it succeeded). */
  rebuild: () => Promise<boolean>;
  /** Largest request body accepted, in bytes. */
  maxBody: number;
  /** Wait for the rebuild after a "looks right" (which changes no page); by default it runs in the background. */
  awaitReviewed: boolean;
}

export const defaultOptions: Omit<Options, 'contentDir' | 'outputDir' | 'rebuild'> = {
  prefix: '/',
  maxBody: 16 * 1024,
  awaitReviewed: false,
};

export interface Review {
  /** The secret every write must carry (x-dossier-token). */
  token: string;
  /** Answer the request if it is the review mode's (or refuse it); false: serve the site's file as usual. */
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
  /** Whether a change seen in the content folder is this server's own write (no rebuild needed for it). */
  isOwnChange: (file: string) => boolean;
}

interface Done {
  before: string | undefined;
  after: string;
  /** Where Undo sends the browser: the entity as it was, or the Review page. */
  back: { name: string; type: EntityType } | 'review';
}

const CLIENT = path.join(import.meta.dirname, 'client');

/** What the review server keeps between requests. */
interface State {
  opts: Options;
  token: string;
  /** `${prefix}__review/` */
  base: string;
  /** The actions done, for Undo (the last one first). */
  history: Done[];
  /** The text last written to entities.yaml (undefined: removed it); null: nothing written yet. */
  lastWritten: string | undefined | null;
  /** The action running: the next waits for it. */
  queue: Promise<unknown>;
  /** kb.json, read again only when a build has replaced it. */
  cached: { key: string; kb: KnowledgeBase } | undefined;
}

export function createReview(
  options: Pick<Options, 'contentDir' | 'outputDir' | 'rebuild'> & Partial<Options>,
): Review {
  const opts: Options = { ...defaultOptions, ...options };
  const state: State = {
    opts,
    token: randomBytes(32).toString('hex'),
    base: `${opts.prefix}${REVIEW_PATH}`,
    history: [],
    lastWritten: null,
    queue: Promise.resolve(),
    cached: undefined,
  };
  return {
    token: state.token,
    handle: (req, res) => handle(state, req, res),
    isOwnChange: (file) => isOwnChange(state, file),
  };
}

async function readKb(state: State): Promise<KnowledgeBase> {
  const file = path.join(state.opts.outputDir, 'kb.json');
  const info = await stat(file).catch(() => {
    throw new RequestError(503, 'The site is not built yet: fix the error shown in the terminal, then reload.');
  });
  const key = `${info.ino}:${info.mtimeMs}:${info.size}`;
  if (state.cached?.key !== key) state.cached = { key, kb: JSON.parse(await readFile(file, 'utf8')) as KnowledgeBase };
  return state.cached.kb;
}

async function handle(state: State, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  const port = req.socket.localPort;
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!hosts.includes(req.headers.host ?? '')) {
    send(res, 421, 'text/plain', 'This server answers only requests for localhost or 127.0.0.1.\n');
    return true;
  }
  const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
  if (url.pathname.startsWith(state.base)) {
    try {
      await route(state, req, res, url.pathname.slice(state.base.length), hosts);
    } catch (error) {
      if (!(error instanceof RequestError)) throw error;
      send(res, error.status, 'text/plain; charset=utf-8', `${error.message}\n`);
    }
    return true;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  return servePage(state, res, url.pathname);
}

async function route(
  state: State,
  req: IncomingMessage,
  res: ServerResponse,
  sub: string,
  hosts: string[],
): Promise<void> {
  const { opts } = state;
  if (sub === 'api') {
    await api(state, req, res, hosts);
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'text/plain', 'Method not allowed\n');
    return;
  }
  if (sub === 'review.js' || sub === 'review.css') {
    const type = sub.endsWith('.js') ? 'text/javascript' : 'text/css';
    send(res, 200, type, await readFile(path.join(CLIENT, sub)));
  } else if (sub === 'names.json') {
    const kb = await readKb(state);
    const names = [...kb.entities]
      .sort((a, b) => b.mentions.length - a.mentions.length)
      .map((e) => ({ name: e.name, type: e.type, mentions: e.mentions.length }));
    send(res, 200, 'application/json', JSON.stringify(names));
  } else if (sub === '') {
    const [kb, shell, text] = await Promise.all([
      readKb(state),
      readFile(path.join(opts.outputDir, '404.html'), 'utf8'),
      readCorrectionsText(opts.contentDir),
    ]);
    const page = renderReviewPage(shell, listReview(kb, readDecisions(text)), kb, opts.prefix);
    send(res, 200, 'text/html; charset=utf-8', injectReview(page, state.token, opts.prefix));
  } else send(res, 404, 'text/plain', 'Not found\n');
}

/** An HTML page of the site with the review tools added; false when the path is no page of it. */
async function servePage(state: State, res: ServerResponse, pathname: string): Promise<boolean> {
  const { opts } = state;
  if (!pathname.startsWith(opts.prefix)) return false;
  let sitePath: string;
  try {
    sitePath = decodeURIComponent(pathname.slice(opts.prefix.length - 1));
  } catch {
    return false;
  }
  if (!sitePath.endsWith('/') && !sitePath.endsWith('.html')) return false;
  const file = path.join(opts.outputDir, sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath);
  if (!file.startsWith(`${path.resolve(opts.outputDir)}${path.sep}`)) return false;
  const page = await readFile(file, 'utf8').catch(() => undefined);
  if (page === undefined) return false;
  let toolbar: ReturnType<typeof renderToolbar> | undefined;
  if (page.includes('class="entity-head"')) {
    const kb = await readKb(state).catch(() => undefined);
    const entity = kb?.entities.find((e) => e.url === sitePath);
    if (kb && entity) toolbar = renderToolbar(entity, kb);
  }
  send(res, 200, 'text/html; charset=utf-8', injectReview(page, state.token, opts.prefix, toolbar));
  return true;
}

async function api(state: State, req: IncomingMessage, res: ServerResponse, hosts: string[]): Promise<void> {
  try {
    checkWrite(req, hosts, state.token);
    const body = await readBody(req, state.opts.maxBody);
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      throw new RequestError(400, 'the body is not JSON');
    }
    const request = readRequest(parsed);
    // one action at a time: each reads the file the previous one wrote
    const run = state.queue.then(
      () => act(state, request),
      () => act(state, request),
    );
    state.queue = run.catch(() => undefined);
    send(res, 200, 'application/json', JSON.stringify({ ok: true, ...(await run) }));
  } catch (error) {
    if (!(error instanceof RequestError)) throw error;
    send(res, error.status, 'application/json', JSON.stringify({ ok: false, error: error.message }));
  }
}

async function act(state: State, request: ReviewRequest): Promise<{ message: string; url: string }> {
  const { opts } = state;
  if (request.action === 'undo') return undo(state);
  const kb = await readKb(state);
  const before = await readCorrectionsText(opts.contentDir);
  const planned = plan(request, kb, before ?? '');
  const { text, entry } = editOrRefuse(before ?? '', planned.subject, planned.edit);
  checkWritten(text, entry, planned.edit);
  await writeCorrections(opts.contentDir, text, before);
  state.lastWritten = text;
  const back = request.from === 'review' ? ('review' as const) : planned.back;
  state.history.push({ before, after: text, back });
  // "looks right" changes no page: the Review page reads the file, so the rebuild need not be waited for
  const background = request.action === 'reviewed' && !opts.awaitReviewed;
  const rebuilding = opts.rebuild();
  const rebuilt = background || (await rebuilding);
  if (!rebuilt)
    throw new RequestError(500, `${planned.message} was written, but the build failed: see the terminal, or Undo`);
  const url = request.from === 'review' ? state.base : await follow(state, planned.follow);
  return { message: planned.message, url };
}

async function undo(state: State): Promise<{ message: string; url: string }> {
  const last = state.history[state.history.length - 1];
  if (!last) throw new RequestError(409, 'Nothing to undo.');
  const current = await readCorrectionsText(state.opts.contentDir);
  if (current !== last.after)
    throw new RequestError(
      409,
      `${CORRECTIONS_FILE} was changed by hand since the last action: undo it by hand (${CORRECTIONS_FILE}.bak holds the version before)`,
    );
  state.history.pop();
  await writeCorrections(state.opts.contentDir, last.before, current);
  state.lastWritten = last.before;
  if (!(await state.opts.rebuild())) throw new RequestError(500, 'Undone, but the build failed: see the terminal');
  return { message: 'Undone.', url: last.back === 'review' ? state.base : await follow(state, last.back) };
}

/** The entity's page after the rebuild: by its new name and type, else by one of its names; else the Review page. */
async function follow(state: State, target: { name: string; type: EntityType } | undefined): Promise<string> {
  if (!target) return state.base;
  const kb = await readKb(state);
  const key = nameKey(target.name);
  const found =
    kb.entities.find((e) => e.type === target.type && nameKey(e.name) === key) ??
    entityNamed(indexEntities(kb.entities), target.name, target.type);
  return found ? `${state.opts.prefix}${found.url.replace(/^\//, '')}` : state.base;
}

/** Whether a change seen in the content folder is the server's own write: its temporary files, backup, or file. */
function isOwnChange(state: State, file: string): boolean {
  const { contentDir } = state.opts;
  const name = path.basename(file);
  if (path.dirname(path.resolve(file)) !== path.resolve(contentDir)) return false;
  if (isReviewFile(name)) return true;
  if (name !== CORRECTIONS_FILE || state.lastWritten === null) return false;
  const where = path.join(contentDir, CORRECTIONS_FILE);
  if (state.lastWritten === undefined) return !existsSync(where);
  try {
    return readFileSync(where, 'utf8') === state.lastWritten;
  } catch {
    return false;
  }
}

interface Plan {
  /** The name of the entity whose entry is edited. */
  subject: string;
  edit: Edit;
  message: string;
  /** Where the entity will be after the rebuild. */
  follow: { name: string; type: EntityType } | undefined;
  back: { name: string; type: EntityType };
}

/** What a request means for entities.yaml, checked against the site as built: the entity exists, no conflict. */
export function plan(request: ReviewRequest, kb: KnowledgeBase, text: string): Plan {
  const index = indexEntities(kb.entities);
  const entity = request.id ? kb.entities.find((e) => e.id === request.id) : undefined;
  if (request.id && !entity) throw new RequestError(409, 'This page is out of date: reload it and try again.');
  if (request.action === 'reviewed') {
    const subject = entity?.name ?? request.subject!;
    const back = entity ?? entityNamed(index, subject);
    if (!back) throw new RequestError(409, `No entity is called “${subject}” (by name or alias): reload the page.`);
    return {
      subject,
      edit: { kind: 'reviewed' },
      message: `Marked “${subject}” as right`,
      follow: { name: back.name, type: back.type },
      back: { name: back.name, type: back.type },
    };
  }
  const e = entity!;
  const self = { name: e.name, type: e.type };
  const conflict = (name: string, type: EntityType) =>
    kb.entities.find((o) => o !== e && o.type === type && nameKey(o.name) === nameKey(name));
  switch (request.action) {
    case 'rename': {
      const name = request.name!.replace(/\s+/g, ' ');
      if (name === e.name) throw new RequestError(400, `“${e.name}” already has that name.`);
      const other = conflict(name, e.type);
      if (other)
        throw new RequestError(409, `There is already a ${e.type} called “${other.name}”: merge them instead.`);
      return {
        subject: e.name,
        edit: { kind: 'rename', name },
        message: `Renamed “${e.name}” to “${name}”`,
        follow: { name, type: e.type },
        back: self,
      };
    }
    case 'type': {
      const type = request.type!;
      if (type === e.type) throw new RequestError(400, `“${e.name}” is already a ${type}.`);
      const other = conflict(e.name, type);
      if (other) throw new RequestError(409, `There is already a ${type} called “${other.name}”: merge them instead.`);
      return {
        subject: e.name,
        edit: { kind: 'type', type },
        message: `Made “${e.name}” a ${type}`,
        follow: { name: e.name, type },
        back: self,
      };
    }
    case 'merge': {
      const other = kb.entities.find((o) => o.id === request.other) ?? entityNamed(index, request.other!, e.type);
      if (!other) throw new RequestError(400, `No entity is called “${request.other}”.`);
      if (other === e) throw new RequestError(400, 'An entity cannot be merged with itself.');
      const written = findEntryKey(text, other.name) ?? other.name;
      return {
        subject: e.name,
        edit: { kind: 'merge', other: written },
        message: `Merged “${other.name}” into “${e.name}”`,
        follow: self,
        back: self,
      };
    }
    case 'split':
      return planSplit(request, e, kb);
    case 'ignore':
      return {
        subject: e.name,
        edit: { kind: 'ignore' },
        message: `Removed “${e.name}”: not an entity`,
        follow: undefined,
        back: self,
      };
    default:
      throw new RequestError(400, 'unknown action');
  }
}

function planSplit(request: ReviewRequest, e: KbEntity, _kb: KnowledgeBase): Plan {
  const name = request.name!.replace(/\s+/g, ' ');
  if (nameKey(name) === nameKey(e.name)) throw new RequestError(400, 'The new entity needs a name of its own.');
  const articles = new Set(e.mentions.map((m) => m.article));
  const forms = new Set(e.mentions.map((m) => m.text));
  const unknownArticle = request.articles?.find((a) => !articles.has(a));
  if (unknownArticle) throw new RequestError(400, `“${e.name}” has no mention in the article ${unknownArticle}.`);
  const unknownForm = request.mentions?.find((m) => !forms.has(m));
  if (unknownForm) throw new RequestError(400, `“${e.name}” is never written “${unknownForm}”.`);
  const moved = e.mentions.filter(
    (m) =>
      (!request.articles?.length || request.articles.includes(m.article)) &&
      (!request.mentions?.length || request.mentions.includes(m.text)),
  );
  if (moved.length === 0) throw new RequestError(400, 'No mention is both in those articles and written that way.');
  const type = request.type ?? e.type;
  const all = moved.length === e.mentions.length;
  return {
    subject: e.name,
    edit: {
      kind: 'split',
      split: {
        name,
        ...(type !== e.type ? { type } : {}),
        ...(request.articles?.length ? { articles: request.articles } : {}),
        ...(request.mentions?.length ? { mentions: request.mentions } : {}),
      },
    },
    message: `Split ${moved.length} mention${moved.length === 1 ? '' : 's'} of “${e.name}” off as “${name}”`,
    follow: all ? { name, type } : { name: e.name, type: e.type },
    back: { name: e.name, type: e.type },
  };
}

function editOrRefuse(text: string, subject: string, edit: Edit): { text: string; entry: string } {
  try {
    return editCorrections(text, subject, edit);
  } catch (error) {
    throw new RequestError(409, `${CORRECTIONS_FILE} cannot be changed from here: ${(error as Error).message}`);
  }
}

/** The new file must pass the build's own check, and read back exactly what was meant. */
function checkWritten(text: string, entry: string, edit: Edit): void {
  let corrections: ReturnType<typeof parseCorrections>['corrections'];
  try {
    corrections = parseCorrections(text).corrections;
  } catch (error) {
    if (!(error instanceof DossierError)) throw error;
    throw new RequestError(409, `not written, the file would be refused by the build: ${error.message}`);
  }
  const c = corrections.find((x) => nameKey(x.match) === nameKey(entry));
  const ok =
    c !== undefined &&
    (edit.kind === 'rename'
      ? c.name === edit.name
      : edit.kind === 'type'
        ? c.type === edit.type
        : edit.kind === 'merge'
          ? c.merge?.includes(edit.other.replace(/\s+/g, ' ').trim()) === true
          : edit.kind === 'split'
            ? c.split?.some((s) => s.name === edit.split.name) === true
            : edit.kind === 'ignore'
              ? c.ignore === true
              : c.reviewed === true);
  if (!ok) throw new RequestError(500, 'not written: the edit did not read back as meant');
}

/** A write must come from a page of this server, with the token it was given. */
function checkWrite(req: IncomingMessage, hosts: readonly string[], token: string): void {
  if (req.method !== 'POST') throw new RequestError(405, 'only POST');
  const origin = req.headers.origin;
  if (!origin || !hosts.some((h) => origin === `http://${h}`))
    throw new RequestError(403, 'refused: the request does not come from a page of this server');
  const given = Buffer.from(String(req.headers['x-dossier-token'] ?? ''));
  const wanted = Buffer.from(token);
  if (given.length !== wanted.length || !timingSafeEqual(given, wanted))
    throw new RequestError(403, 'refused: no valid review token (reload the page)');
  if (!String(req.headers['content-type'] ?? '').startsWith('application/json'))
    throw new RequestError(415, 'the body must be application/json');
}

async function readBody(req: IncomingMessage, max: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  const chunks: Buffer[] = [];
  let size = 0;
  // read to the end even when too large (discarding it), so that the refusal reaches the client
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= max && declared <= max) chunks.push(chunk as Buffer);
  }
  if (size > max || declared > max) throw new RequestError(413, `the body is larger than ${max} bytes`);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'same-origin',
    // no other site may frame these pages and trick a click on a review button
    'x-frame-options': 'DENY',
    'content-security-policy': "frame-ancestors 'none'",
  });
  res.end(body);
}
