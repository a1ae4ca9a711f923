/**
 * The parts of the site data that grow with the corpus and that one page each reads (an article's rendered body, an
 * entity's sentences in context, its mentions for kb.json and its local graph) are written to a file as the site
 * stage makes them, and read back when a page (or kb.json) asks for them: the build then holds, besides what every
 * page shares, one item's share at a time. The objects keep their shape (each field becomes a getter that reads its
 * bytes back and decodes them), so the templates read them as before and the pages are byte for byte the same (a
 * test renders a site both ways).
 */
import { closeSync, mkdtempSync, openSync, readSync, writeSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { SiteData, SpillField } from '../core/types/site.ts';

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

/** A file that fields are moved to as they are made (`field`), for the site stage's `spill`. */
export interface Spill extends Spilled {
  field: SpillField;
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
 * A file in the system's temporary folder, and `field(item, name)`, which moves one field of an object there at
 * once, leaving a getter that reads it back. Reading a field gives an equal value, a new copy each time but for the
 * last `recent` values read of that field name.
 */
export function createSpill(options: Partial<Options> = {}): Spill {
  const opts = { ...defaultOptions, ...options };
  const dir = mkdtempSync(path.join(opts.tmpDir, 'dossier-spill-'));
  const fd = openSync(path.join(dir, 'site-data'), 'w+');
  let offset = 0;
  let written = 0;
  let pending: Buffer[] = [];
  const flush = () => {
    if (written === offset) return;
    const buffer = Buffer.concat(pending, offset - written);
    let at = 0;
    while (at < buffer.length) at += writeSync(fd, buffer, at, buffer.length - at, written + at);
    pending = [];
    written = offset;
  };
  const write = (value: unknown): Slot => {
    const text = typeof value === 'string';
    // V8's own serialisation gives back exactly what was written (-0, NaN, fields set to undefined), as JSON would not
    const bytes = text ? Buffer.from(value, 'utf8') : serialize(value);
    const slot = { offset, length: bytes.length, text };
    pending.push(bytes);
    offset += bytes.length;
    if (offset - written >= CHUNK) flush();
    return slot;
  };
  const readers = new Map<string, (slot: Slot) => unknown>();
  const readerOf = (name: string) => {
    let read = readers.get(name);
    if (!read) {
      const back = readBack(fd, opts.recent);
      // a value still waiting in memory is written first
      read = (slot) => {
        if (slot.offset + slot.length > written) flush();
        return back(slot);
      };
      readers.set(name, read);
    }
    return read;
  };
  let released = false;
  const spill = {
    get bytes() {
      return offset;
    },
    field: (item: object, name: string) => {
      const value = (item as Record<string, unknown>)[name];
      if (value === undefined) return;
      const slot = write(value);
      const read = readerOf(name);
      // Neither accessor holds `item`: another object given this field's descriptor (the site article is given the
      // linked article's body) must not keep `item` alive through it.
      Object.defineProperty(item, name, {
        configurable: true,
        enumerable: true,
        get: () => read(slot),
        // a value set later is kept in memory, as a plain field of the object it is set on
        set(this: object, next: unknown) {
          Object.defineProperty(this, name, { configurable: true, enumerable: true, writable: true, value: next });
        },
      });
    },
    release: async () => {
      if (released) return;
      released = true;
      closeSync(fd);
      await rm(dir, { recursive: true, force: true });
    },
  };
  return spill as Spill;
}

/**
 * Move each article's `html` and each entity's `contexts` and `localGraph` of a site data already made to a file,
 * leaving getters that read them back (the build spills them as the site stage makes them: `createSpill`).
 */
export async function spillSiteData(site: SiteData, options: Partial<Options> = {}): Promise<Spilled> {
  const spill = createSpill(options);
  try {
    for (const article of site.articles) spill.field(article, 'html');
    for (const entity of site.entities) {
      spill.field(entity, 'contexts');
      spill.field(entity, 'localGraph');
    }
  } catch (error) {
    await spill.release();
    throw error;
  }
  return spill;
}

/** A reader of slots of one field, which keeps the last `recent` values it read. */
function readBack(fd: number, recent: number): (slot: Slot) => unknown {
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
}
