/**
 * Text safe to print on a terminal: control characters (a newline in a file name could print a fake "error:"
 * line; escape sequences could recolour or move the cursor) and bidirectional overrides (which reorder the line)
 * are shown as \u{…} escapes. Tabs stay.
 */
export function printable(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu,
    (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`,
  );
}
