/**
 * The parts of the site data that grow with the corpus and that one page each reads (an article's rendered body, an
 * entity's sentences in context and its local graph) are written to a file once the site data is made, and read back
 * when a page asks for them: the render stage then holds, besides what every page shares, one item's share at a
 * time. The objects keep their shape (each field becomes a getter that reads its bytes back and decodes them), so the
 * templates read them as before and the pages are byte for byte the same (a test renders a site both ways).
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { SiteData } from '../core/types/site.ts';

export interface Options {
  /** Where the file is made (a folder of its own under it, removed by `release`). */
  tmpDir: string;
  /** Values read back and kept per field, for pages that read the same item's field several times. */
  recent: number;
}

export const defaultOptions: Options = { tmpDir: os.tmpdir(), recent: 2 };

/** The file behind a spilled site: `release` removes it (the spilled fields cannot be read after). */
export interface Spilled {
  /** Bytes written to the file. */
  bytes: number;
  release: () => Promise<void>;
}

/** A field spilled: where its value is in the file, and whether it is a string kept as UTF-8 (else V8's serialisation). */
interface Slot {
  offset: number;
  length: number;
  text: boolean;
}

/** Writes are gathered into chunks of this size before they go to the file. */
const CHUNK = 1 << 20;

/**
 * Move each article's `html` and each entity's `contexts` and `localGraph` to a file, leaving getters that read them
 * back. Call it once the site data is complete (after kb.json is written); reading a field gives an equal value, a
 * new copy each time but for the last `recent` values read of that field.
 */
export async function spillSiteData(site: SiteData, options: Partial<Options> = {}): Promise<Spilled> {
  const opts = { ...defaultOptions, ...options };
  const dir = await mkdtemp(path.join(opts.tmpDir, 'dossier-spill-'));
  const fd = openSync(path.join(dir, 'site-data'), 'w+');
  let offset = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const flush = () => {
    if (!pendingBytes) return;
    const buffer = Buffer.concat(pending, pendingBytes);
    let at = 0;
    while (at < buffer.length) at += writeSync(fd, buffer, at, buffer.length - at);
    pending = [];
    pendingBytes = 0;
  };
  const write = (value: unknown): Slot => {
    const text = typeof value === 'string';
    // V8's own serialisation gives back exactly what was written (-0, NaN, fields set to undefined), as JSON would not
    const bytes = text ? Buffer.from(value, 'utf8') : serialize(value);
    const slot = { offset, length: bytes.length, text };
    pending.push(bytes);
    pendingBytes += bytes.length;
    offset += bytes.length;
    if (pendingBytes >= CHUNK) flush();
    return slot;
  };
  const reader = readBack(fd, opts.recent);
  const spill = <T extends object>(items: readonly T[], field: keyof T & string) => {
    const read = reader();
    for (const item of items) {
      const value = (item as Record<string, unknown>)[field];
      if (value === undefined) continue;
      const slot = write(value);
      Object.defineProperty(item, field, {
        configurable: true,
        enumerable: true,
        get: () => read(slot),
        // a value set later is kept in memory, as a plain field
        set: (next: unknown) =>
          Object.defineProperty(item, field, { configurable: true, enumerable: true, writable: true, value: next }),
      });
    }
  };
  try {
    spill(site.articles, 'html');
    spill(site.entities, 'contexts');
    spill(site.entities, 'localGraph');
    flush();
  } catch (error) {
    closeSync(fd);
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    bytes: offset,
    release: async () => {
      closeSync(fd);
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A reader of slots of one field, which keeps the last `recent` values it read. */
function readBack(fd: number, recent: number): () => (slot: Slot) => unknown {
  return () => {
    const kept: [Slot, unknown][] = [];
    return (slot) => {
      const hit = kept.find(([s]) => s === slot);
      if (hit) return hit[1];
      const buffer = Buffer.allocUnsafe(slot.length);
      let at = 0;
      while (at < slot.length) {
        const n = readSync(fd, buffer, at, slot.length - at, slot.offset + at);
        if (n === 0) throw new Error('the site data file ended early');
        at += n;
      }
      const value = slot.text ? buffer.toString('utf8') : deserialize(buffer);
      kept.unshift([slot, value]);
      if (kept.length > recent) kept.pop();
      return value;
    };
  };
}
