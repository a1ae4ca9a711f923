import path from 'node:path';
import { buildSync } from 'esbuild';
import type { PageData } from '../parts/data.ts';

const BUNDLES = path.resolve(import.meta.dirname, '../bundles');

/**
 * The network's zoom and pan (layouts/bundles/graph-zoom.js with d3-zoom and d3-selection), bundled and minified
 * once per build. Loaded by assets/graph.js on the first pointer or focus on the graph, never up front.
 */
export const data = { permalink: '/assets/graph-zoom.js', eleventyExcludeFromCollections: true };

let bundled: string | undefined;

export function render(_d: PageData): string {
  bundled ??= bundle();
  return bundled;
}

export function bundle(): string {
  const out = buildSync({
    entryPoints: [path.join(BUNDLES, 'graph-zoom.js')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2019',
    write: false,
    legalComments: 'none',
    alias: { 'd3-transition': path.join(BUNDLES, 'no-transition.js') },
  });
  const notice =
    '/* d3-zoom, d3-selection, d3-drag, d3-dispatch, d3-interpolate, d3-color: Copyright 2010-2021 Mike Bostock, ISC license (https://d3js.org) */\n';
  return notice + out.outputFiles[0]!.text;
}
