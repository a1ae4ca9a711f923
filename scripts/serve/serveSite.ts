import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';

export interface Served {
  server: Server;
  /** The site's address, prefix included: "http://127.0.0.1:8080/repo/". */
  url: string;
  close: () => Promise<void>;
}

/**
 * Serve a built site on 127.0.0.1 under its path prefix, as GitHub Pages would: files are read
 * afresh on every request (a rebuild shows at once), a request outside the prefix is sent to the
 * site's start, and a missing page gets the site's own 404 page with status 404.
 */
export async function serveSite(
  dir: string,
  {
    prefix = '/',
    port = 0,
    handle,
  }: {
    prefix?: string;
    port?: number;
    /** Answers a request first (the review mode of npm start); false: the site's file is served as usual. */
    handle?: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;
  } = {},
): Promise<Served> {
  const serve = sirv(dir, { dev: true, extensions: ['html'] });
  const server = createServer((req, res) => {
    if (!handle) {
      serveFile(req, res);
      return;
    }
    handle(req, res).then(
      (done) => done || serveFile(req, res),
      (error: Error) => {
        process.stderr.write(`review: ${error.stack ?? error.message}\n`);
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('Internal error: see the terminal\n');
      },
    );
  });
  function serveFile(req: IncomingMessage, res: ServerResponse): void {
    const requested = req.url ?? '/';
    if (!requested.startsWith(prefix)) {
      res.writeHead(302, { location: prefix }).end();
      return;
    }
    req.url = `/${requested.slice(prefix.length)}`;
    serve(req, res, () => {
      readFile(path.join(dir, '404.html')).then(
        (body) => res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(body),
        () => res.writeHead(404).end('Not found'),
      );
    });
  }
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    server,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}${prefix}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
