/**
 * A zip archive (a .docx) checked before anything else decompresses it: the number of entries, each entry's and
 * the total declared size, and, by inflating every entry once with a counter, the actual sizes (yauzl refuses an
 * entry that inflates to more than it declares). A zip bomb costs at most the limits, and a warning.
 */
import yauzl from 'yauzl';

export interface Options {
  maxEntries: number;
  /** Bytes one entry may inflate to. */
  maxEntrySize: number;
  /** Bytes all entries together may inflate to. */
  maxTotalSize: number;
  /** Entries (by name) whose content to return, when at most this many bytes. */
  keep: readonly string[];
  keepSize: number;
}

export const defaultOptions: Options = {
  maxEntries: 5_000,
  maxEntrySize: 64 * 2 ** 20,
  maxTotalSize: 128 * 2 ** 20,
  keep: [],
  keepSize: 2 ** 20,
};

/** Why the archive was refused: the message of an ARCHIVE_TOO_LARGE or BAD_ARCHIVE warning. */
export class ArchiveRefused extends Error {
  code: 'ARCHIVE_TOO_LARGE' | 'BAD_ARCHIVE';
  constructor(code: 'ARCHIVE_TOO_LARGE' | 'BAD_ARCHIVE', message: string) {
    super(message);
    this.code = code;
  }
}

const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;

/** Check the archive; resolves with the kept entries' contents, rejects with ArchiveRefused. */
export function checkZip(buffer: Buffer, options: Partial<Options> = {}): Promise<Map<string, Buffer>> {
  const opts = { ...defaultOptions, ...options };
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, zip) => {
      if (error || !zip)
        return reject(new ArchiveRefused('BAD_ARCHIVE', `not a valid zip archive (${error?.message ?? 'unreadable'})`));
      const kept = new Map<string, Buffer>();
      let entries = 0;
      let declared = 0;
      let actual = 0;
      const refuse = (code: 'ARCHIVE_TOO_LARGE' | 'BAD_ARCHIVE', message: string) => {
        zip.close();
        reject(new ArchiveRefused(code, message));
      };
      if (zip.entryCount > opts.maxEntries)
        return refuse('ARCHIVE_TOO_LARGE', `has ${zip.entryCount} entries (at most ${opts.maxEntries})`);
      zip.on('error', (e: Error) => refuse('BAD_ARCHIVE', `not a valid zip archive (${e.message})`));
      zip.on('end', () => resolve(kept));
      zip.on('entry', (entry: yauzl.Entry) => {
        entries++;
        declared += entry.uncompressedSize;
        if (entry.uncompressedSize > opts.maxEntrySize)
          return refuse(
            'ARCHIVE_TOO_LARGE',
            `${entry.fileName} would inflate to ${mb(entry.uncompressedSize)} (at most ${mb(opts.maxEntrySize)})`,
          );
        if (declared > opts.maxTotalSize)
          return refuse('ARCHIVE_TOO_LARGE', `would inflate to more than ${mb(opts.maxTotalSize)}`);
        if (/\/$/.test(entry.fileName)) return zip.readEntry();
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream)
            return refuse('BAD_ARCHIVE', `cannot read ${entry.fileName} (${e?.message ?? 'no stream'})`);
          const keep = opts.keep.includes(entry.fileName) && entry.uncompressedSize <= opts.keepSize;
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => {
            actual += chunk.length;
            if (keep) chunks.push(chunk);
            if (actual > opts.maxTotalSize) {
              stream.destroy();
              refuse('ARCHIVE_TOO_LARGE', `inflates to more than ${mb(opts.maxTotalSize)}`);
            }
          });
          stream.on('error', (err: Error) =>
            refuse(
              /too many bytes|expected \d+ bytes/i.test(err.message) ? 'ARCHIVE_TOO_LARGE' : 'BAD_ARCHIVE',
              `${entry.fileName} does not inflate to the size it declares (${err.message})`,
            ),
          );
          stream.on('end', () => {
            if (keep) kept.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
      void entries;
    });
  });
}
