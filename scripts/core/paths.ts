import path from 'node:path';

/** The project's folder (where package.json, layouts/ and eleventy.config.ts are), whatever the current folder. */
export const projectRoot = path.resolve(import.meta.dirname, '../..');
