/**
 * Warnings from the templates (a page that failed and was written as a minimal page). Eleventy loads the templates
 * in its own module graph, so they reach renderSite through a slot on globalThis, like the render ticks. One render
 * at a time per process: renderSite opens the slot before Eleventy writes and takes its warnings after.
 */
import type { Warning } from './types/common.ts';

type Slot = { dossierRenderWarnings?: Warning[] };
const slot = globalThis as Slot;

/** Start collecting (drops what an earlier render left). */
export const beginRenderWarnings = (): void => {
  slot.dossierRenderWarnings = [];
};

/** Where a template pushes its warnings; outside a render (a template called directly), a list of its own. */
export const renderWarningList = (): Warning[] => {
  slot.dossierRenderWarnings ??= [];
  return slot.dossierRenderWarnings;
};

/** The warnings since beginRenderWarnings, each once (a page rendered twice warns once); the slot is emptied. */
export function endRenderWarnings(): Warning[] {
  const list = slot.dossierRenderWarnings ?? [];
  delete slot.dossierRenderWarnings;
  const seen = new Set<string>();
  return list.filter((w) => {
    const key = `${w.code}\u0000${w.file}\u0000${w.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
