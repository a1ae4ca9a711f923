import { readFileSync } from 'node:fs';
import { minifyCss } from '../parts/minifyCss.ts';

/** The site's one stylesheet, hand-written in layouts/files/style.css, served minified. */
export const data = { permalink: '/assets/style.css', eleventyExcludeFromCollections: true };

export function render(): string {
  return minifyCss(readFileSync(new URL('./style.css', import.meta.url), 'utf8'));
}
