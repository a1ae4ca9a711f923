/**
 * A listed file checked again just before it is read. Between listing and reading (a rebuild of `npm start` while
 * files are moved) it may have become a named pipe, a socket or a device, which would make reading wait forever or
 * read what is not a file, or a symbolic link that leads outside the content folder, which listing would have refused.
 */
import type { Stats } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/** What a file system entry that is not a regular file or a folder is, in words. */
function kindOf(s: Stats): string {
  if (s.isFIFO()) return 'a named pipe';
  if (s.isSocket()) return 'a socket';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  return 'not a file';
}

/**
 * Why `file` can no longer be read as the file it was listed as, in words, or undefined when it can (a folder is left
 * to the reader's EISDIR). `content` is the real path of the content folder: a file whose real path is outside it
 * (it, or a folder above it, became a link) is refused. Throws the file system's error when it is gone or unreachable.
 */
export async function changedKind(file: string, content: string | undefined): Promise<string | undefined> {
  const real = await realpath(file);
  if (content !== undefined && !real.startsWith(content + path.sep))
    return 'it is now a symbolic link leading outside the content folder';
  const kind = await stat(real);
  return kind.isFile() || kind.isDirectory() ? undefined : `it is ${kindOf(kind)} now, not a file`;
}
