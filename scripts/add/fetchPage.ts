/**
 * Fetch one web page for `npm run add`: http(s) only; every address a host name resolves to, and every redirect,
 * checked before connecting (no private, loopback or link-local address unless allowed; the check is made in the
 * connection's own DNS look-up, so the name cannot resolve differently afterwards); a time limit on the whole
 * fetch and a size limit on the body, after decompression.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { ipLiteral, refusedRange } from './checkAddress.ts';

export interface Options {
  /** Allow private, loopback and link-local addresses (tests, intranets). */
  allowPrivate: boolean;
  /** Addresses allowed even when private ones are not (tests). */
  allowAddresses: readonly string[];
  /** The whole fetch, redirects included. */
  timeoutMs: number;
  /** The body, after decompression. */
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
}

export const defaultOptions: Options = {
  allowPrivate: false,
  allowAddresses: [],
  timeoutMs: 20_000,
  maxBytes: 10 * 2 ** 20,
  maxRedirects: 5,
  userAgent: 'Dossier (npm run add; +https://github.com/)',
};

export interface Fetched {
  /** The URL the page was finally read from, after redirects. */
  url: string;
  body: Buffer;
  /** The charset named by the Content-Type header, if any. */
  charset?: string;
}

/** A fetch that failed, with a message for the user. */
export class FetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FetchError';
  }
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

export async function fetchPage(url: string, options: Partial<Options> = {}): Promise<Fetched> {
  const opts = { ...defaultOptions, ...options };
  const signal = AbortSignal.timeout(opts.timeoutMs);
  let current = parseHttpUrl(url);
  for (let hop = 0; ; hop++) {
    const response = await request(current, opts, signal);
    if (REDIRECTS.has(response.status)) {
      response.stream.resume();
      if (!response.location) throw new FetchError(`${current.href}: redirect (${response.status}) without a Location`);
      if (hop >= opts.maxRedirects) throw new FetchError(`${url}: more than ${opts.maxRedirects} redirects`);
      current = parseHttpUrl(new URL(response.location, current).href, `redirected from ${current.href} to`);
      continue;
    }
    if (response.status < 200 || response.status > 299) {
      response.stream.resume();
      throw new FetchError(`${current.href}: the server answered ${response.status}`);
    }
    const type = response.contentType.split(';')[0]!.trim().toLowerCase();
    if (type && type !== 'text/html' && type !== 'application/xhtml+xml') {
      response.stream.resume();
      throw new FetchError(
        `${current.href}: not a web page (${type}); save it and put it in content/articles/ instead`,
      );
    }
    const body = await readBody(response.stream, opts.maxBytes, current.href, signal);
    const charset = /charset\s*=\s*"?([\w-]+)/i.exec(response.contentType)?.[1];
    return { url: current.href, body, ...(charset ? { charset } : {}) };
  }
}

function parseHttpUrl(value: string, context = ''): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new FetchError(
      `${context ? `${context} ` : ''}${JSON.stringify(value)}: not a URL (give a full http:// or https:// address)`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FetchError(`${context ? `${context} ` : ''}${value}: only http and https URLs can be added`);
  if (url.username || url.password)
    throw new FetchError(
      `${context ? `${context} ` : ''}${url.protocol}//…@${url.host}: URLs with credentials are refused`,
    );
  return url;
}

interface Response {
  status: number;
  location: string | undefined;
  contentType: string;
  stream: Readable;
}

function allowed(address: string, opts: Options): string | undefined {
  if (opts.allowPrivate || opts.allowAddresses.includes(address)) return undefined;
  return refusedRange(address);
}

function request(url: URL, opts: Options, signal: AbortSignal): Promise<Response> {
  const literal = ipLiteral(url.hostname);
  if (literal) {
    const why = allowed(literal, opts);
    if (why)
      return Promise.reject(
        new FetchError(`${url.href}: ${literal} is a ${why} address; refused (use --allow-private to allow it)`),
      );
  }
  // every address the name resolves to is checked, in the look-up the connection itself uses
  const lookup: LookupFunction = (hostname, lookupOptions, callback) => {
    dnsLookup(hostname, { all: true, family: lookupOptions.family ?? 0 }, (error, addresses: LookupAddress[]) => {
      if (error)
        return callback(
          new FetchError(`${url.href}: cannot resolve ${hostname} (${error.code ?? error.message})`),
          '',
          0,
        );
      const bad = addresses.map((a) => [a.address, allowed(a.address, opts)] as const).find(([, why]) => why);
      if (bad)
        return callback(
          new FetchError(
            `${url.href}: ${hostname} resolves to ${bad[0]}, a ${bad[1]} address; refused (use --allow-private to allow it)`,
          ),
          '',
          0,
        );
      if (lookupOptions.all) (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      else callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      url,
      {
        method: 'GET',
        lookup,
        signal,
        headers: {
          'user-agent': opts.userAgent,
          accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
          'accept-encoding': 'gzip, deflate, br',
        },
      },
      (res) => {
        const length = Number(res.headers['content-length']);
        if (Number.isFinite(length) && length > opts.maxBytes && !REDIRECTS.has(res.statusCode ?? 0)) {
          res.destroy();
          return reject(
            new FetchError(
              `${url.href}: the page is larger than the limit (${length} bytes; at most ${opts.maxBytes}, see --max-size)`,
            ),
          );
        }
        const encoding = String(res.headers['content-encoding'] ?? '').toLowerCase();
        const decoded: Readable =
          encoding === 'gzip' || encoding === 'x-gzip'
            ? res.pipe(createGunzip())
            : encoding === 'deflate'
              ? res.pipe(createInflate())
              : encoding === 'br'
                ? res.pipe(createBrotliDecompress())
                : res;
        resolve({
          status: res.statusCode ?? 0,
          location: res.headers.location,
          contentType: String(res.headers['content-type'] ?? ''),
          stream: decoded,
        });
      },
    );
    req.on('error', (error) => reject(describe(error, url, opts)));
    req.end();
  });
}

function describe(error: Error, url: URL, opts: Options): Error {
  if (error instanceof FetchError) return error;
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof FetchError) return cause;
  if (error.name === 'AbortError' || error.name === 'TimeoutError')
    return new FetchError(`${url.href}: no complete answer within ${opts.timeoutMs / 1000} s (see --timeout)`);
  return new FetchError(`${url.href}: ${(error as NodeJS.ErrnoException).code ?? error.message}`);
}

function readBody(stream: Readable, maxBytes: number, href: string, signal: AbortSignal): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onAbort = () => {
      stream.destroy();
      reject(new FetchError(`${href}: no complete answer in time (see --timeout)`));
    };
    signal.addEventListener('abort', onAbort, { once: true });
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        stream.destroy();
        signal.removeEventListener('abort', onAbort);
        reject(
          new FetchError(`${href}: the page is larger than the limit (more than ${maxBytes} bytes; see --max-size)`),
        );
        return;
      }
      chunks.push(chunk);
    });
    stream.on('error', (error) => {
      signal.removeEventListener('abort', onAbort);
      reject(
        error.name === 'AbortError'
          ? new FetchError(`${href}: no complete answer in time (see --timeout)`)
          : new FetchError(`${href}: ${error.message}`),
      );
    });
    stream.on('end', () => {
      signal.removeEventListener('abort', onAbort);
      resolve(Buffer.concat(chunks));
    });
  });
}
