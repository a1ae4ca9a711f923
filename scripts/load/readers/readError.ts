/** A read error of a file (gone, a folder, not permitted) in words, for warnings: its code and reason, no path. */

/** Why a file could not be read, in words: the error's code and its reason, without the absolute path. */
const READ_ERRORS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'not permitted',
  ENOENT: 'it was moved or deleted while the build read it',
  EISDIR: 'it is a folder now',
  ELOOP: 'a loop of links',
  EIO: 'a disk error',
};

/** "EACCES: permission denied" for a Node error of that code; the message's first line for any other error. */
export function readError(e: Error): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code && READ_ERRORS[code]) return `${code}: ${READ_ERRORS[code]}`;
  return String(e?.message ?? e)
    .split('\n')[0]!
    .replace(/, \w+ '[^']*'$/, '');
}
