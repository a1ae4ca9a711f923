import { readFileSync } from 'node:fs';
import { minifyCss } from './lib/minifyCss.ts';

/** The site's one stylesheet, hand-written in layouts/css/style.css, served minified. */
export const data = { permalink: '/assets/style.css', eleventyExcludeFromCollections: true };

export function render(): string {
  return minifyCss(readFileSync(new URL('./css/style.css', import.meta.url), 'utf8'));
}
