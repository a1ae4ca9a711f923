import { escapeHtml } from '../../scripts/core/text/escapeHtml.ts';
import { isolateBidi } from '../../scripts/core/text/isolateBidi.ts';

/** HTML that is already safe: produced by `html` or explicitly trusted with `raw`. */
export class SafeHtml {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

export { escapeHtml };

/** Trust a string as HTML. Only for markup the pipeline built itself with escaping. */
export const raw = (s: string): SafeHtml => new SafeHtml(s);

type Value = SafeHtml | string | number | boolean | null | undefined | readonly Value[];

function render(value: Value, inReference: boolean): string {
  if (value === null || value === undefined || value === false || value === true) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map((v) => render(v, inReference)).join('');
  const text = String(value);
  return escapeHtml(inReference ? text : isolateBidi(text));
}

/** Attributes whose value is a URL or an id, never shown as text: their value stays exactly as given. */
const REFERENCE_ATTRIBUTE =
  /\s(?:href|src|srcset|action|data-base|data-pagefind|data-zoom|data-id|data-a|data-b|id|for|aria-labelledby|aria-describedby)=["']?[^"'\s<>=]*$/;

/**
 * Tagged template: every interpolated value is escaped unless it is SafeHtml. Arrays are joined. Text with a
 * bidirectional control character in it is balanced and isolated (`isolateBidi`), in element text, `<title>`,
 * SVG text and attribute values alike, except in URL and id attributes (`REFERENCE_ATTRIBUTE`).
 */
export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((v, i) => {
    out += render(v, REFERENCE_ATTRIBUTE.test(strings[i]!)) + strings[i + 1]!;
  });
  return new SafeHtml(out);
}

/** JSON for a <script type="application/ld+json"> or inline data: cannot close the script element. */
export const jsonForScript = (data: unknown): SafeHtml =>
  raw(
    JSON.stringify(data)
      .replace(/</g, '\\u003c')
      .replace(/>/g, '\\u003e')
      .replace(/&/g, '\\u0026')
      .replace(/\u2028/g, '\\u2028')
      .replace(/\u2029/g, '\\u2029'),
  );

/** Names in one line, joined with `separator`: each escaped and isolated on its own (not `names.join(', ')`). */
export const joinHtml = (names: readonly string[], separator = ', '): SafeHtml =>
  html`${names.map((name, i) => html`${i ? separator : ''}${name}`)}`;

/**
 * User text (a title, a name, a file name) isolated from the text around it: right-to-left letters or a stray
 * right-to-left override character in it cannot reorder the rest of the line.
 */
export const bdi = (text: string): SafeHtml => html`<bdi>${text}</bdi>`;
