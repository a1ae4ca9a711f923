/**
 * A copy of a string that holds on to nothing else. V8 keeps the whole string a slice was cut from alive for as
 * long as the slice lives (a 200-character excerpt keeps its 4 KB article): a value kept for the whole build is
 * detached from its source with this. Any string comes back equal, lone surrogates included.
 */
export function detachString(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
}
